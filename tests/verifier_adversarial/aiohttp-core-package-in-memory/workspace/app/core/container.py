"""Wiring: in-memory repositories (storage is free at this level), services, handlers."""
import os

from aiohttp import web

from app.repositories.articles import InMemoryArticleRepository
from app.routes.articles import ArticleRoutes
from app.routes.errors import error_middleware
from app.services.articles import ArticleService


def build_app() -> web.Application:
    service = ArticleService(InMemoryArticleRepository())
    app = web.Application(middlewares=[error_middleware])
    app.add_routes(ArticleRoutes(service, os.environ.get("JWT_SECRET", "dev")).table())
    return app
