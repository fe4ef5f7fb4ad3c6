"""The use cases, built over the repositories."""

from __future__ import annotations

from dataclasses import dataclass

from conduit.dal.articles import ArticleRepository, CommentRepository
from conduit.dal.database import Database
from conduit.dal.users import UserRepository
from conduit.usecases.articles import ArticleService
from conduit.usecases.profiles import ProfileService
from conduit.usecases.users import UserService


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
