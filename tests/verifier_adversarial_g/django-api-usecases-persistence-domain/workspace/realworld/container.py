"""Composition root: builds the engine and the repositories, and wires them into the services."""

from __future__ import annotations

from dataclasses import dataclass

from realworld.config import Settings
from realworld.persistence.articles import ArticleRepository
from realworld.persistence.comments import CommentRepository
from realworld.persistence.database import create_schema, make_engine, make_session_factory
from realworld.persistence.users import UserRepository
from realworld.usecases.articles import ArticleService
from realworld.usecases.comments import CommentService
from realworld.usecases.security import TokenCodec
from realworld.usecases.users import ProfileService, UserService


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
