from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

from config import Config

db = SQLAlchemy()


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)
    db.init_app(app)
    from app import models  # noqa: F401

    with app.app_context():
        db.create_all()

    @app.get("/api/tags")
    def tags():
        return jsonify(tags=[t.name for t in models.Tag.query.order_by(models.Tag.name)])

    return app
