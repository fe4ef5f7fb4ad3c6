import os

from aiohttp import web

from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import setup_routes
from conduit.services.articles import ArticleService


def build() -> web.Application:
    app = web.Application()
    setup_routes(app, ArticleService(ArticleRepository()))
    return app


web.run_app(build(), port=int(os.environ.get("PORT", "8080")))
