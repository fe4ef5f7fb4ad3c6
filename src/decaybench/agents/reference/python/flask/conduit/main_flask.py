"""Start-up for Flask: build the API, mount the routes, serve with waitress."""

from __future__ import annotations

from conduit.config import load_settings
from conduit.container import build_api
from conduit.routes.flask_routes import create_blueprint, method_not_allowed, not_found
from flask import Flask
from waitress import serve


def create_app() -> Flask:
    app = Flask("conduit")
    app.url_map.strict_slashes = False
    app.register_blueprint(create_blueprint(build_api()))
    app.register_error_handler(404, not_found)
    app.register_error_handler(405, method_not_allowed)
    return app


def main() -> None:
    settings = load_settings()
    serve(create_app(), host=settings.host, port=settings.port, threads=8, ident="conduit")


if __name__ == "__main__":
    main()
