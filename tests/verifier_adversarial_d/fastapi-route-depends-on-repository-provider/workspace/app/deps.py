import os
from collections.abc import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from app.repositories.users import UserRepository
from app.services.profiles import ProfileService

_engine = create_engine(os.getenv("DATABASE_URL", "sqlite:///./conduit.db"))
_Session = sessionmaker(_engine)


def get_session() -> Iterator[Session]:
    with _Session() as s:
        yield s


def get_user_repository(session=None) -> UserRepository:
    return UserRepository(session or _Session())


def get_profile_service() -> ProfileService:
    return ProfileService(UserRepository(_Session()))
