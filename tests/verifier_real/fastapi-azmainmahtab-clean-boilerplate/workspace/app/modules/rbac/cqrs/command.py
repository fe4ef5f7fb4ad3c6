# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/rbac/cqrs/command.py
from dataclasses import dataclass

class CreatePermissionCommand:
    name: str
    description: str | None = None
    resource: str = ""
    action: str = ""

class CreateRoleCommand:
    name: str
    description: str | None = None

class AssignRoleCommand:
    user_id: int
    role_uuid: str
    assigned_by: int | None = None

class RevokeRoleCommand:
    user_id: int
    role_uuid: str

class AssignPermissionToRoleCommand:
    role_uuid: str
    permission_uuid: str
    assigned_by: int | None = None

class RevokePermissionFromRoleCommand:
    role_uuid: str
    permission_uuid: str
