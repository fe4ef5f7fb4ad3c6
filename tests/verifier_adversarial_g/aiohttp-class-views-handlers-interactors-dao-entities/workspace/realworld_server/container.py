"""Composition root: builds the engine and the repositories, and wires them into the services."""

from __future__ import annotations

from dataclasses import dataclass

from realworld_server.config import Settings
from realworld_server.dao.articles import ArticleRepository
from realworld_server.dao.database import create_schema, make_engine, make_session_factory
from realworld_server.dao.users import UserRepository
from realworld_server.interactors.articles import ArticleService
from realworld_server.interactors.security import TokenCodec
from realworld_server.interactors.users import ProfileService, UserService


@dataclass(frozen=True)
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService


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
    )
