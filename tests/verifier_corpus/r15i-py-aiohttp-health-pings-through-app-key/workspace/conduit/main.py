from aiohttp import web
from sqlalchemy import select

from conduit.db import SessionLocal
from conduit.routes import health


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(health.routes)

    def ping() -> None:
        with SessionLocal() as session:
            session.scalar(select(1))

    app[health.DB_PING] = ping
    return app
