"""Composition root: sessions and services for request handlers."""
import os

from fastapi import Header
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from src.repositories.articles import ArticleRepository
from src.services.articles import ArticleService

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///conduit.db"))
Session = sessionmaker(engine)


def article_service():
    with Session() as session:
        yield ArticleService(ArticleRepository(session))


def current_user_id(authorization: str = Header(default="")) -> int:
    return 1 if authorization else 0
