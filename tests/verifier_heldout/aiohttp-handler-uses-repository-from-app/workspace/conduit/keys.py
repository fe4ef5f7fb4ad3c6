from aiohttp import web

from .repositories.article_repository import ArticleRepository
from .services.article_service import ArticleService
from .services.auth_service import AuthService

ARTICLE_SERVICE = web.AppKey("article_service", ArticleService)
AUTH_SERVICE = web.AppKey("auth_service", AuthService)
ARTICLE_REPOSITORY = web.AppKey("article_repository", ArticleRepository)
