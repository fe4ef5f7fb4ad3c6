# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/models/role.py
from sqlalchemy import Column, Integer, String, DateTime

from sqlalchemy.orm import relationship

from sqlalchemy.sql import func

from app.core.database import Base

class Role(Base):
    __tablename__ = "roles"

    id = Column(Integer, primary_key=True, index=True)
    role_name = Column(String, unique=True)
    description = Column(String)
    created_at = Column(DateTime(timezone=True), server_default=func.now())
    updated_at = Column(DateTime(timezone=True), onupdate=func.now())

    users = relationship("User", back_populates="role")
    permissions = relationship("Permission", secondary="permission_roles", back_populates="roles")
