"""Start-up: schema, a services factory per request, the route table."""
import os
from types import SimpleNamespace

from aiohttp import web

from conduit.db import SessionLocal, engine
from conduit.models import Base
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.users import UserRepository
from conduit.routes.handlers import domain_errors, routes
from conduit.services import security
from conduit.services.articles import ArticleService
from conduit.services.users import UserService

SECRET = os.environ.get("JWT_SECRET", "dev-secret")


def services() -> SimpleNamespace:
    session = SessionLocal()
    return SimpleNamespace(users=UserService(UserRepository(session), SECRET), articles=ArticleService(ArticleRepository(session)))


def build() -> web.Application:
    Base.metadata.create_all(engine)
    app = web.Application(middlewares=[domain_errors])
    app["services"] = services
    app["auth"] = lambda token: security.read_token(token, SECRET)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(build(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
