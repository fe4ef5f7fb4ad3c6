from aiohttp import web

from .services.article_service import ArticleService
from .services.auth_service import AuthService

ARTICLE_SERVICE = web.AppKey("article_service", ArticleService)
AUTH_SERVICE = web.AppKey("auth_service", AuthService)
