from flask import Flask
from .config import sqlalchemy_uri
from .models import db
from .views import api


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = sqlalchemy_uri()
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True, "pool_size": 5}
    db.init_app(app)
    with app.app_context():
        db.create_all()
    app.register_blueprint(api)
    return app
