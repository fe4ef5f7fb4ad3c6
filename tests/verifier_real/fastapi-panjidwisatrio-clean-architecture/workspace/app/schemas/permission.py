# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/schemas/permission.py
from datetime import datetime

from typing import Optional

from pydantic import BaseModel

class PermissionBase(BaseModel):
    permission_name: str

class PermissionCreate(PermissionBase):
    pass

class Permission(PermissionBase):
    id: int
    created_at: datetime
    updated_at: Optional[datetime] = None

    class Config:
        orm_mode = True
