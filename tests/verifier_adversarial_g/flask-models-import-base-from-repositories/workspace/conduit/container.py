"""Composition root: builds the engine and the repositories, and wires them into the services."""

from __future__ import annotations

from dataclasses import dataclass

from conduit.config import Settings
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.comments import CommentRepository
from conduit.repositories.database import create_schema, make_engine, make_session_factory
from conduit.repositories.users import UserRepository
from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService
from conduit.services.security import TokenCodec
from conduit.services.users import ProfileService, UserService


@dataclass(frozen=True)
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService
    comments: CommentService


def build_services(settings: Settings) -> Services:
    engine = make_engine(settings.database_url)
    create_schema(engine)
    sessions = make_session_factory(engine)
    user_repository = UserRepository(sessions)
    profiles = ProfileService(user_repository)
    articles = ArticleService(ArticleRepository(sessions), profiles)
    return Services(
        users=UserService(user_repository, TokenCodec(settings.jwt_secret, settings.token_ttl_seconds)),
        profiles=profiles,
        articles=articles,
        comments=CommentService(CommentRepository(sessions), articles, profiles),
    )
