"""Dependency providers.

The session factory and the token codec live on app.state (set at start-up); repositories and services are
built per request by chained dependencies, so handlers only ever declare the use case they need.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Depends, Header, Request
from sqlalchemy.orm import Session, sessionmaker

from conduit.models.user import User
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.users import UserRepository
from conduit.services.articles import ArticleService
from conduit.services.errors import Unauthorized, ValidationFailed
from conduit.services.security import TokenCodec
from conduit.services.users import ProfileService, UserService


def get_sessions(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessions


def get_token_codec(request: Request) -> TokenCodec:
    return request.app.state.tokens


Sessions = Annotated[sessionmaker[Session], Depends(get_sessions)]


def get_user_repository(sessions: Sessions) -> UserRepository:
    return UserRepository(sessions)


def get_article_repository(sessions: Sessions) -> ArticleRepository:
    return ArticleRepository(sessions)


def get_user_service(
    users: Annotated[UserRepository, Depends(get_user_repository)],
    tokens: Annotated[TokenCodec, Depends(get_token_codec)],
) -> UserService:
    return UserService(users, tokens)


def get_profile_service(users: Annotated[UserRepository, Depends(get_user_repository)]) -> ProfileService:
    return ProfileService(users)


def get_article_service(
    articles: Annotated[ArticleRepository, Depends(get_article_repository)],
    profiles: Annotated[ProfileService, Depends(get_profile_service)],
) -> ArticleService:
    return ArticleService(articles, profiles)


UserServiceDep = Annotated[UserService, Depends(get_user_service)]
ProfileServiceDep = Annotated[ProfileService, Depends(get_profile_service)]
ArticleServiceDep = Annotated[ArticleService, Depends(get_article_service)]


def envelope(key: str) -> Any:
    def extract(payload: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
        inner = payload.get(key)
        if not isinstance(inner, dict):
            raise ValidationFailed("is missing", field=key)
        return inner

    return Depends(extract)


def optional_user(users: UserServiceDep, authorization: Annotated[str | None, Header()] = None) -> User | None:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme not in ("Token", "Bearer") or not token.strip():
        return None
    return users.authenticate(token.strip())


def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise Unauthorized()
    return user


OptionalUser = Annotated[User | None, Depends(optional_user)]
CurrentUser = Annotated[User, Depends(current_user)]
