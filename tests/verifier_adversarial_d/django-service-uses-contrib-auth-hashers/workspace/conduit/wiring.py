"""Composition root: engine, repositories, services."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.repositories.users import Users
from conduit.services.auth import AuthService

auth_service = AuthService(Users(sessionmaker(create_engine(os.environ.get("DATABASE_URL", "sqlite:///conduit.db")))))
