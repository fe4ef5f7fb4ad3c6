"""Start-up: the aiohttp application."""

from __future__ import annotations

from aiohttp import web

from conduit.config import settings
from conduit.container import build_services
from conduit.routes.api import SERVICES, errors, routes


def create_app() -> web.Application:
    app = web.Application(middlewares=[errors])
    app[SERVICES] = build_services()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host=settings.host, port=settings.port)
