"""Wires repositories into services at start-up."""
from __future__ import annotations

from dataclasses import dataclass

from app.repositories.articles import ArticleRepository
from app.repositories.database import SessionLocal, create_schema
from app.repositories.users import UserRepository
from app.services.articles import ArticleService
from app.services.throttle import LoginThrottle
from app.services.users import UserService


@dataclass
class Services:
    users: UserService
    articles: ArticleService


def build_services() -> Services:
    create_schema()
    users = UserService(UserRepository(SessionLocal), LoginThrottle(attempts=5, window=2.0))
    return Services(users=users, articles=ArticleService(ArticleRepository(SessionLocal), users))
