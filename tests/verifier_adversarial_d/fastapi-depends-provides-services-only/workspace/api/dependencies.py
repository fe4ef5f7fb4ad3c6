"""Request-scoped wiring (composition root)."""
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
import os

from api.repositories.user_repository import UserRepository
from api.services.user_service import UserService

SessionLocal = sessionmaker(create_engine(os.environ["DATABASE_URL"]))


def user_service():
    session = SessionLocal()
    try:
        yield UserService(UserRepository(session))
    finally:
        session.close()
