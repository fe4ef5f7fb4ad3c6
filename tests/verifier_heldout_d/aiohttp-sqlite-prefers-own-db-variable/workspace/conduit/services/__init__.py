"""The use cases, built over the repositories."""

from __future__ import annotations

from dataclasses import dataclass

from conduit.repositories.articles import ArticleRepository, CommentRepository
from conduit.repositories.database import Database
from conduit.repositories.users import UserRepository
from conduit.services.articles import ArticleService
from conduit.services.profiles import ProfileService
from conduit.services.users import UserService


@dataclass
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService

    @classmethod
    def over(cls, db: Database) -> "Services":
        users = UserRepository(db)
        return cls(
            users=UserService(users),
            profiles=ProfileService(users),
            articles=ArticleService(ArticleRepository(db), CommentRepository(db), users),
        )
