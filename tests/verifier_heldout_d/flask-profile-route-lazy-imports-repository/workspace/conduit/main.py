"""Start-up: build the Flask app and serve it with waitress."""

from __future__ import annotations

from flask import Flask
from waitress import serve

from conduit.config import settings
from conduit.container import build_database, build_services
from conduit.routes.api import api


def create_app() -> Flask:
    app = Flask(__name__)
    app.url_map.strict_slashes = False
    db = build_database()
    app.extensions["conduit.db"] = db
    app.extensions["conduit"] = build_services(db)
    app.register_blueprint(api)
    return app


if __name__ == "__main__":
    serve(create_app(), host=settings.host, port=settings.port, threads=8)
