from flask import Flask
from .extensions import db
from .settings import get_settings
from .routes import api


def create_app() -> Flask:
    settings = get_settings()
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = settings.sqlalchemy_uri
    app.config["SECRET_KEY"] = settings.secret_key
    db.init_app(app)
    app.register_blueprint(api, url_prefix="/api")
    with app.app_context():
        from . import models  # noqa: F401  register tables
        db.create_all()
    return app
