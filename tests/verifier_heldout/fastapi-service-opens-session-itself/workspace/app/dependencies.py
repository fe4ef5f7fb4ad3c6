"""Wiring: FastAPI dependencies that build the services for one request."""
from collections.abc import Iterator

from fastapi import Depends, Header, HTTPException

from .db import SessionLocal
from .repositories.article_repository import ArticleRepository
from .repositories.user_repository import UserRepository
from .services.article_service import ArticleService
from .services.auth_service import AuthService


def get_session() -> Iterator:
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


def get_article_service(session=Depends(get_session)) -> ArticleService:
    return ArticleService(ArticleRepository(session))


def get_auth_service(session=Depends(get_session)) -> AuthService:
    return AuthService(UserRepository(session))


def optional_user(authorization: str | None = Header(default=None), auth=Depends(get_auth_service)):
    if not authorization or not authorization.startswith("Token "):
        return None
    return auth.user_from_token(authorization[6:])


def current_user(user=Depends(optional_user)):
    if user is None:
        raise HTTPException(status_code=401, detail={"body": ["unauthorized"]})
    return user
def get_profile_service() -> "ProfileService":
    from .services.profile_service import ProfileService

    return ProfileService()
