"""Start-up: build services, mount routes, run on $PORT."""
from __future__ import annotations

import os

from aiohttp import web

from conduit.container import build_services
from conduit.routes.api import SERVICES, errors_middleware, routes


def make_app() -> web.Application:
    app = web.Application(middlewares=[errors_middleware])
    app[SERVICES] = build_services()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), access_log=None)
