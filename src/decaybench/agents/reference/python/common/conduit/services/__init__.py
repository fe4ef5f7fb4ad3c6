"""Use cases of Conduit, free of any web framework: they take plain values and return JSON-ready dicts."""

from __future__ import annotations

from dataclasses import dataclass

from conduit.config import Settings
from conduit.repositories import Database
from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService  # feature: comments
from conduit.services.errors import (
    DomainError,
    Duplicate,
    Forbidden,
    NotFound,
    TooManyRequests,
    Unauthorized,
    ValidationFailed,
)
from conduit.services.profiles import ProfileService
from conduit.services.security import PasswordHasher, TokenIssuer
from conduit.services.tags import TagService  # feature: tags
from conduit.services.throttle import LoginThrottle
from conduit.services.users import UserService


@dataclass(frozen=True)
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService
    comments: CommentService  # feature: comments
    tags: TagService  # feature: tags

    @classmethod
    def over(cls, database: Database, settings: Settings) -> Services:
        limit = settings.login_rate_limit
        throttle = LoginThrottle(limit.attempts, limit.window_seconds) if limit else None
        return cls(
            users=UserService(
                database, PasswordHasher(settings.password_iterations), TokenIssuer(settings.jwt_secret), throttle
            ),
            profiles=ProfileService(database),
            articles=ArticleService(database),
            comments=CommentService(database),  # feature: comments
            tags=TagService(database),  # feature: tags
        )


__all__ = [
    "DomainError",
    "Duplicate",
    "Forbidden",
    "NotFound",
    "Services",
    "TooManyRequests",
    "Unauthorized",
    "ValidationFailed",
]
