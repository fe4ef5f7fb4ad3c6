"""Start-up: create the schema, register the blueprints, serve with waitress."""

import os

from flask import Flask
from waitress import serve

from conduit.repositories.database import init_db
from conduit.routes import articles, users
from conduit.routes.auth import error_response
from conduit.repositories.database import SessionLocal
from conduit.services.articles import ArticleService
from conduit.services.errors import ServiceError
from conduit.services.users import UserService


def create_app() -> Flask:
    init_db()
    app = Flask("conduit")
    app.url_map.strict_slashes = False
    app.extensions["conduit"] = {
        "users": UserService(SessionLocal),
        "articles": ArticleService(SessionLocal),
    }
    app.register_blueprint(users.bp)
    app.register_blueprint(articles.bp)
    app.register_error_handler(ServiceError, error_response)
    return app


if __name__ == "__main__":
    serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)
