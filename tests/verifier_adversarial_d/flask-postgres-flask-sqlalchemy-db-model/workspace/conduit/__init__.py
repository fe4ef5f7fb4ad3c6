import os

from flask import Flask

from conduit.extensions import db


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1)
    db.init_app(app)
    from conduit import models, views

    app.register_blueprint(views.bp)
    with app.app_context():
        db.create_all()
    return app
