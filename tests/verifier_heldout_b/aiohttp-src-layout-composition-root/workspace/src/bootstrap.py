"""Composition root: the only module that knows every layer."""
from __future__ import annotations

import os

from aiohttp import web

from conduit.container import build_services
from conduit.routes.api import SERVICES, errors_middleware, routes


def application() -> web.Application:
    app = web.Application(middlewares=[errors_middleware], client_max_size=2**20)
    app[SERVICES] = build_services()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(application(), port=int(os.environ.get("PORT", "8000")), print=None)
