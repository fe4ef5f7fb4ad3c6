"""Wires repositories into services at start-up."""
from __future__ import annotations

from dataclasses import dataclass

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import SessionLocal, create_schema
from conduit.repositories.users import UserRepository
from conduit.services.articles import ArticleService
from conduit.services.throttle import LoginThrottle
from conduit.services.users import UserService


@dataclass
class Services:
    users: UserService
    articles: ArticleService


def build_services() -> Services:
    create_schema()
    users = UserService(UserRepository(SessionLocal), LoginThrottle(attempts=5, window=2.0))
    return Services(users=users, articles=ArticleService(ArticleRepository(SessionLocal), users))
