"""Start-up: create the schema, mount the route tables, run aiohttp.web."""

import os

from aiohttp import web

from sqlalchemy import select

from conduit.repositories.database import SessionLocal, init_db
from conduit.routes import articles, health, users
from conduit.routes.auth import errors_middleware


def create_app() -> web.Application:
    init_db()
    app = web.Application(middlewares=[errors_middleware])
    app.add_routes(users.routes)
    app.add_routes(articles.routes)
    app.add_routes(health.routes)

    def ping() -> None:
        with SessionLocal() as session:
            session.scalar(select(1))

    app[health.DB_PING] = ping
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
