from flask import Flask

from .db import init_db


def create_app() -> Flask:
    app = Flask(__name__)
    init_db()

    from .routes import register_routes

    register_routes(app)
    return app
