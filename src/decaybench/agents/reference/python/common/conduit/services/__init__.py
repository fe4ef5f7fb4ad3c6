"""Use cases of Conduit, free of any web framework: they take plain values and return JSON-ready dicts."""

from __future__ import annotations

from dataclasses import dataclass

from conduit.repositories import Database
from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService  # feature: comments
from conduit.services.errors import DomainError, Forbidden, NotFound, Unauthorized, ValidationFailed
from conduit.services.profiles import ProfileService
from conduit.services.security import PasswordHasher, TokenIssuer
from conduit.services.tags import TagService  # feature: tags
from conduit.services.users import UserService


@dataclass(frozen=True)
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService
    comments: CommentService  # feature: comments
    tags: TagService  # feature: tags

    @classmethod
    def over(cls, database: Database, jwt_secret: str) -> Services:
        return cls(
            users=UserService(database, PasswordHasher(), TokenIssuer(jwt_secret)),
            profiles=ProfileService(database),
            articles=ArticleService(database),
            comments=CommentService(database),  # feature: comments
            tags=TagService(database),  # feature: tags
        )


__all__ = [
    "DomainError",
    "Forbidden",
    "NotFound",
    "Services",
    "Unauthorized",
    "ValidationFailed",
]
