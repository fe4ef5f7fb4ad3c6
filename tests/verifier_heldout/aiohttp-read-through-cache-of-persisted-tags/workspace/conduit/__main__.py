import os

from aiohttp import web

from .db import SessionLocal, init_db
from .keys import ARTICLE_SERVICE, AUTH_SERVICE
from .repositories.article_repository import ArticleRepository
from .repositories.user_repository import UserRepository
from .routes.articles import routes, service_errors
from .services.article_service import ArticleService
from .services.auth_service import AuthService


def build_app() -> web.Application:
    init_db()
    app = web.Application(middlewares=[service_errors])
    session = SessionLocal
    app[ARTICLE_SERVICE] = ArticleService(ArticleRepository(session))
    app[AUTH_SERVICE] = AuthService(UserRepository(session))
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
