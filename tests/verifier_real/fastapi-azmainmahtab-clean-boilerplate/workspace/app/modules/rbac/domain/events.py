# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/rbac/domain/events.py
from dataclasses import dataclass

from datetime import datetime

class PermissionCreatedEvent:
    permission_uuid: str
    name: str
    created_at: datetime

class RoleCreatedEvent:
    role_uuid: str
    name: str
    created_at: datetime

class RoleAssignedEvent:
    user_id: int
    role_uuid: str
    assigned_at: datetime

class RoleRevokedEvent:
    user_id: int
    role_uuid: str
    revoked_at: datetime

class PermissionAssignedToRoleEvent:
    role_uuid: str
    permission_uuid: str
    assigned_at: datetime

class PermissionRevokedFromRoleEvent:
    role_uuid: str
    permission_uuid: str
    revoked_at: datetime
