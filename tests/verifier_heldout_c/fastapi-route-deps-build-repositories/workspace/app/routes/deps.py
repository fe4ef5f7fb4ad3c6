from functools import lru_cache

from app.repositories.articles import ArticleRepository
from app.repositories.users import UserRepository
from app.services.articles import ArticleService


@lru_cache
def article_service() -> ArticleService:
    return ArticleService(articles=ArticleRepository(), users=UserRepository())
