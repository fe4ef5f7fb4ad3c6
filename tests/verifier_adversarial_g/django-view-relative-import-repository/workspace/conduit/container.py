"""Composition root: builds the engine and the repositories, and wires them into the services."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from .config import Settings
from .repositories.articles import ArticleRepository
from .repositories.database import create_schema, make_engine, make_session_factory
from .repositories.users import UserRepository
from .services.articles import ArticleService
from .services.security import TokenCodec
from .services.users import ProfileService, UserService


@dataclass(frozen=True)
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService
    sessions: sessionmaker[Session]


def build_services(settings: Settings) -> Services:
    engine = make_engine(settings.database_url)
    create_schema(engine)
    sessions = make_session_factory(engine)
    user_repository = UserRepository(sessions)
    profiles = ProfileService(user_repository)
    return Services(
        users=UserService(user_repository, TokenCodec(settings.jwt_secret, settings.token_ttl_seconds)),
        profiles=profiles,
        articles=ArticleService(ArticleRepository(sessions), profiles),
        sessions=sessions,
    )
