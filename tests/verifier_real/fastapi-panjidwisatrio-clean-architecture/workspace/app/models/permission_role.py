# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/models/permission_role.py
from sqlalchemy import Column, Integer, ForeignKey

from app.core.database import Base

class PermissionRole(Base):
    __tablename__ = "permission_roles"

    role_id = Column(Integer, ForeignKey("roles.id"), primary_key=True)
    permission_id = Column(Integer, ForeignKey("permissions.id"), primary_key=True)
