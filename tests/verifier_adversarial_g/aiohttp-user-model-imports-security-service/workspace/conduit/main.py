"""Start-up: builds the aiohttp application, wires the services in and runs it."""

from __future__ import annotations

from aiohttp import web

from conduit.config import Settings, load_settings
from conduit.container import build_services
from conduit.routes import SERVICES, error_middleware, setup_routes


def create_app(settings: Settings | None = None) -> web.Application:
    settings = settings or load_settings()
    app = web.Application(middlewares=[error_middleware], client_max_size=5 * 1024 * 1024)
    app[SERVICES] = build_services(settings)
    setup_routes(app)
    return app


def main() -> None:
    settings = load_settings()
    web.run_app(create_app(settings), host=settings.host, port=settings.port, access_log=None)


if __name__ == "__main__":
    main()
