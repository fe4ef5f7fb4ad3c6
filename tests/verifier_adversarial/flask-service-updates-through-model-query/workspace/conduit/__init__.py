"""App factory (composition root)."""
import os

from flask import Flask

from conduit.extensions import db


def _database_uri() -> str:
    path = os.environ.get("SQLITE_PATH")
    return f"sqlite:///{path}" if path else os.environ["DATABASE_URL"]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = _database_uri()
    app.config["JWT_SECRET"] = os.environ.get("JWT_SECRET", "change-me")
    db.init_app(app)

    from conduit import models  # noqa: F401  (registers the tables)
    from conduit.routes import register_blueprints

    with app.app_context():
        db.create_all()
    register_blueprints(app)
    return app
