"""Dependency providers: a Services object per request over the shared Database, and the current user."""

from __future__ import annotations

from fastapi import Depends, Header, Request

from app.application import Services
from app.persistence.articles import ArticleRepository, CommentRepository
from app.persistence.database import Database
from app.persistence.users import UserRepository
from app.application.articles import ArticleService
from app.application.profiles import ProfileService
from app.application.users import UserService


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_services(db: Database = Depends(get_db)) -> Services:
    users = UserRepository(db)
    return Services(
        users=UserService(users),
        profiles=ProfileService(users),
        articles=ArticleService(ArticleRepository(db), CommentRepository(db), users),
    )


def current_user(authorization: str | None = Header(default=None), services: Services = Depends(get_services)):
    return services.users.authenticate(authorization)


def optional_user(authorization: str | None = Header(default=None), services: Services = Depends(get_services)):
    return services.users.optional_user(authorization)


def token(authorization: str | None = Header(default=None)) -> str:
    return (authorization or "").removeprefix("Token ").strip()
