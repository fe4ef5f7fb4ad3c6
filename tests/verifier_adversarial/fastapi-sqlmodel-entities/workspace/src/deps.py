"""Wiring: engine from the environment, a session per request, services for Depends."""
import os

from fastapi import Depends
from sqlmodel import Session, SQLModel, create_engine

from src.repositories.articles import ArticleRepository
from src.services.articles import ArticleService

engine = create_engine(os.environ["DATABASE_URL"], connect_args={"check_same_thread": False})


def create_schema() -> None:
    from src.models import article  # noqa: F401

    SQLModel.metadata.create_all(engine)


def session():
    with Session(engine) as s:
        yield s


def article_service(s: Session = Depends(session)) -> ArticleService:
    return ArticleService(ArticleRepository(s))
