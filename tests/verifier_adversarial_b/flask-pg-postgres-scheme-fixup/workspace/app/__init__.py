import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

def _database_uri() -> str:
    uri = os.environ.get("DATABASE_URL", "")
    if uri.startswith("postgres://"):  # legacy scheme some platforms still hand out
        uri = uri.replace("postgres://", "postgresql://", 1)
    return uri

def create_app():
    app = Flask(__name__)
    app.config.update(SQLALCHEMY_DATABASE_URI=_database_uri(), SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True})
    db.init_app(app)
    from app import models  # noqa: F401
    from app.views import api
    app.register_blueprint(api)
    with app.app_context():
        db.create_all()
    return app
