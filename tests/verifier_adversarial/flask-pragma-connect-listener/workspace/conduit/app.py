"""Composition root: engine, schema, services per request, the blueprint."""
import os
from types import SimpleNamespace

from flask import Flask, g
from waitress import serve

from conduit.db import SessionLocal, engine
from conduit.models import Base
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.users import UserRepository
from conduit.routes.api import bp
from conduit.services.articles import ArticleService
from conduit.services.users import UserService


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["JWT_SECRET"] = os.environ.get("JWT_SECRET", "dev-secret")
    Base.metadata.create_all(engine)

    @app.before_request
    def open_services():
        session = SessionLocal()
        g.session = session
        g.services = SimpleNamespace(
            users=UserService(UserRepository(session), app.config["JWT_SECRET"]),
            articles=ArticleService(ArticleRepository(session)),
        )

    @app.teardown_request
    def close_session(_exc):
        session = g.pop("session", None)
        if session is not None:
            session.close()

    app.register_blueprint(bp)
    return app


if __name__ == "__main__":
    serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
