"""Composition root: opens the SQLite database and wires the repositories into the services."""

from __future__ import annotations

from dataclasses import dataclass

from conduit.config import Settings
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import Database, sqlite_path
from conduit.repositories.users import UserRepository
from conduit.services.articles import ArticleService
from conduit.services.security import TokenCodec
from conduit.services.users import ProfileService, UserService


@dataclass(frozen=True)
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService


def build_services(settings: Settings) -> Services:
    db = Database(sqlite_path(settings.database_url))
    db.create_schema()
    user_repository = UserRepository(db)
    profiles = ProfileService(user_repository)
    return Services(
        users=UserService(user_repository, TokenCodec(settings.jwt_secret, settings.token_ttl_seconds)),
        profiles=profiles,
        articles=ArticleService(ArticleRepository(db), profiles),
    )
