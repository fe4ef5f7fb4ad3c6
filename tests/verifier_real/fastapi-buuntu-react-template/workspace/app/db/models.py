# excerpt of https://github.com/Buuntu/fastapi-react@af17f2d422d0:{{cookiecutter.project_slug}}/backend/app/db/models.py
from sqlalchemy import Boolean, Column, Integer, String

from .session import Base

class User(Base):
    __tablename__ = "user"

    id = Column(Integer, primary_key=True, index=True)
    email = Column(String, unique=True, index=True, nullable=False)
    first_name = Column(String)
    last_name = Column(String)
    hashed_password = Column(String, nullable=False)
    is_active = Column(Boolean, default=True)
    is_superuser = Column(Boolean, default=False)
