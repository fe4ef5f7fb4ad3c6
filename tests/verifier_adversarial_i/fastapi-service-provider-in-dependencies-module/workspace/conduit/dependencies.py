"""Composition root for request handlers: one service instance per process, built from the persistence layer."""

from functools import lru_cache

from conduit.repositories.database import SessionLocal
from conduit.services.articles import ArticleService


@lru_cache
def get_article_service() -> ArticleService:
    return ArticleService(session_factory=SessionLocal)
