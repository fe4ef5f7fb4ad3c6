"""HTTP layer: aiohttp route tables and the error middleware."""

from __future__ import annotations

from aiohttp import web

from conduit.routes import articles, users
from conduit.routes.common import SERVICES, error_middleware

__all__ = ["SERVICES", "error_middleware", "setup_routes"]


def setup_routes(app: web.Application) -> None:
    app.add_routes(users.routes)
    app.add_routes(articles.routes)
