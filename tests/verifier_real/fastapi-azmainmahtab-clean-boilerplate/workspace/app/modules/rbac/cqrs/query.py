# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/rbac/cqrs/query.py
from dataclasses import dataclass, field

from app.core.pagination import PaginationParams

class GetPermissionByUuidQuery:
    uuid: str

class GetPermissionByNameQuery:
    name: str

class ListPermissionsQuery:
    pagination: PaginationParams = field(default_factory=PaginationParams)

class GetRoleByUuidQuery:
    uuid: str

class GetRoleByNameQuery:
    name: str

class ListRolesQuery:
    pagination: PaginationParams = field(default_factory=PaginationParams)

class GetUserPermissionsQuery:
    user_id: int

class GetUserRolesQuery:
    user_id: int

class CheckUserPermissionQuery:
    user_id: int
    permission_name: str
