"""Start-up: builds the Flask app, wires the services in and serves it with waitress."""

from __future__ import annotations

from flask import Flask
from waitress import serve

from conduit.config import Settings, load_settings
from conduit.container import build_services
from conduit.routes import register_routes


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or load_settings()
    app = Flask(__name__)
    app.json.sort_keys = False
    services = build_services(settings)
    app.extensions["conduit"] = services
    app.config["DB_ENGINE"] = services.engine
    register_routes(app)
    return app


def main() -> None:
    settings = load_settings()
    serve(create_app(settings), host=settings.host, port=settings.port, threads=8, ident="conduit")


if __name__ == "__main__":
    main()
