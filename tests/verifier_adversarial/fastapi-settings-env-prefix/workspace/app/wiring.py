"""Composition root: one session per request, repositories wired into services for FastAPI's Depends."""
import os
from collections.abc import Iterator

from fastapi import Depends, Header

from app.db import SessionLocal
from app.repositories.articles import ArticleRepository
from app.repositories.users import UserRepository
from app.services import security
from app.services.articles import ArticleService
from app.services.users import UserService

JWT_SECRET = os.environ.get("JWT_SECRET", "dev-secret")


def _session() -> Iterator:
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


def user_service(session=Depends(_session)) -> UserService:
    return UserService(UserRepository(session), JWT_SECRET)


def article_service(session=Depends(_session)) -> ArticleService:
    return ArticleService(ArticleRepository(session))


def current_user_id(authorization: str | None = Header(default=None)) -> int | None:
    if not authorization or not authorization.startswith("Token "):
        return None
    return security.read_token(authorization[6:], JWT_SECRET)
