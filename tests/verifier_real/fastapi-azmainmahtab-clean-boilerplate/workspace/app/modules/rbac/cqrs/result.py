# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/rbac/cqrs/result.py
from dataclasses import dataclass

from app.core.pagination import Page

from app.modules.rbac.domain.entities import Permission, Role, RolePermissionAssignment, UserRoleAssignment

class PermissionActionResult:
    permission: Permission

class RoleActionResult:
    role: Role

class ListPermissionsResult:
    page: Page[Permission]

class ListRolesResult:
    page: Page[Role]

class UserPermissionsResult:
    permissions: list[Permission]

class UserRolesResult:
    roles: list[Role]

class CheckPermissionResult:
    has_permission: bool

class UserRoleAssignmentsResult:
    assignments: list[UserRoleAssignment]

class RolePermissionAssignmentsResult:
    assignments: list[RolePermissionAssignment]
