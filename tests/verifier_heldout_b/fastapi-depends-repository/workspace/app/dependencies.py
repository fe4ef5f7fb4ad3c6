"""Dependency providers: the service container built once at start-up."""
from __future__ import annotations

from functools import lru_cache

from app.container import Services, build_services
from app.repositories.articles import ArticleRepository
from app.repositories.database import SessionLocal


@lru_cache(maxsize=1)
def get_services() -> Services:
    return build_services()
def get_article_repository() -> ArticleRepository:
    return ArticleRepository(SessionLocal)
