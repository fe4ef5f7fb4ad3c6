"""Start-up for aiohttp: build the API, add the routes, run the web server."""

from __future__ import annotations

from aiohttp import web
from conduit.config import load_settings
from conduit.container import build_api
from conduit.routes.aiohttp_routes import add_routes, json_http_errors


def create_app() -> web.Application:
    app = web.Application(middlewares=[json_http_errors], client_max_size=5 * 1024 * 1024)
    add_routes(app, build_api())
    return app


def main() -> None:
    settings = load_settings()
    web.run_app(create_app(), host=settings.host, port=settings.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
