"""Composition root: a unit of work per request handing services their repositories."""
import os
from contextlib import contextmanager
from types import SimpleNamespace

from conduit.db import SessionLocal, engine
from conduit.models import Base
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.users import UserRepository
from conduit.services import security
from conduit.services.articles import ArticleService
from conduit.services.errors import Unauthorized
from conduit.services.users import UserService

SECRET = os.environ.get("JWT_SECRET", "dev-secret")


def create_schema() -> None:
    Base.metadata.create_all(engine)


@contextmanager
def services():
    session = SessionLocal()
    try:
        yield SimpleNamespace(users=UserService(UserRepository(session), SECRET),
                              articles=ArticleService(ArticleRepository(session)))
    finally:
        session.close()


def viewer_id(header: str | None, required: bool = False) -> int | None:
    user_id = security.read_token(header[6:], SECRET) if header and header.startswith("Token ") else None
    if required and user_id is None:
        raise Unauthorized("missing or invalid token")
    return user_id
