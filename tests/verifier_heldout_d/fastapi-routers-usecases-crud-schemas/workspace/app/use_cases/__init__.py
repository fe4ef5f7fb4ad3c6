"""The use cases, built over the repositories."""

from __future__ import annotations

from dataclasses import dataclass

from app.crud.articles import ArticleRepository, CommentRepository
from app.crud.database import Database
from app.crud.users import UserRepository
from app.use_cases.articles import ArticleService
from app.use_cases.profiles import ProfileService
from app.use_cases.users import UserService


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
