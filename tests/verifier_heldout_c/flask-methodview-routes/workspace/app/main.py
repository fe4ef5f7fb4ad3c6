from flask import Flask

from app.config import load_settings
from app.db import init_db
from app.routes import articles, users
from app.routes.common import error_response
from app.services.errors import ServiceError


def create_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(users.bp)
    app.register_blueprint(articles.bp)
    app.register_error_handler(ServiceError, error_response)
    init_db()
    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=load_settings().port)
