import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

def create_app(test_config=None):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://" if os.getenv("TESTING") else os.environ["DATABASE_URL"]
    if test_config:
        app.config.update(test_config)
    db.init_app(app)
    from conduit import models, routes  # noqa: F401
    app.register_blueprint(routes.bp)
    with app.app_context():
        db.create_all()
    return app
