import os

from flask import Flask

from .extensions import db


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL") or "sqlite:///" + os.environ["SQLITE_PATH"]
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    db.init_app(app)

    from . import models  # noqa: F401
    from .routes import register_routes

    with app.app_context():
        db.create_all()
    register_routes(app)
    return app
