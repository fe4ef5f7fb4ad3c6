import os
from flask import Flask
from conduit.extensions import db


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///dev.db")
    db.init_app(app)
    from conduit.routes.favorites import bp
    app.register_blueprint(bp, url_prefix="/api")
    with app.app_context():
        db.create_all()
    return app
