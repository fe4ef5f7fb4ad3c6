import os
from flask import Flask
from .models import db


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SQLALCHEMY_BINDS"] = {
        # high-churn social graph kept apart from content
        "activity": "sqlite:///activity.db",
    }
    db.init_app(app)
    with app.app_context():
        db.create_all()
    from .views import bp
    app.register_blueprint(bp)
    return app
