"""aiohttp application factory and entry point."""

from __future__ import annotations

import os

from aiohttp import web

from conduit.db import database_lifecycle
from conduit.routes import errors_middleware, routes


def create_app() -> web.Application:
    app = web.Application(middlewares=[errors_middleware], client_max_size=2 * 1024 * 1024)
    app.cleanup_ctx.append(database_lifecycle)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), access_log=None)
