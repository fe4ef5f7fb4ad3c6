"""Start-up wiring: one session per request, repositories handed to the services."""
from dataclasses import dataclass

from .db import SessionLocal
from .repositories.article_repository import ArticleRepository
from .repositories.user_repository import UserRepository
from .services.article_service import ArticleService
from .services.auth_service import AuthService


@dataclass
class Services:
    session: object
    articles: ArticleService
    auth: AuthService


def build_services() -> Services:
    session = SessionLocal()
    return Services(
        session=session,
        articles=ArticleService(ArticleRepository(session)),
        auth=AuthService(UserRepository(session)),
    )
