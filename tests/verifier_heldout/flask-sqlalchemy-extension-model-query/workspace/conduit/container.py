"""Start-up wiring: repositories into services."""
from dataclasses import dataclass

from .repositories.article_repository import ArticleRepository
from .repositories.user_repository import UserRepository
from .services.article_service import ArticleService
from .services.auth_service import AuthService


@dataclass
class Services:
    articles: ArticleService
    auth: AuthService


def build_services() -> Services:
    return Services(ArticleService(ArticleRepository()), AuthService(UserRepository()))
