"""The use cases, built over the repositories."""

from __future__ import annotations

from dataclasses import dataclass

from app.persistence.articles import ArticleRepository, CommentRepository
from app.persistence.database import Database
from app.persistence.users import UserRepository
from app.application.articles import ArticleService
from app.application.profiles import ProfileService
from app.application.users import UserService


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
