import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_jwt_extended import JWTManager

db = SQLAlchemy()
jwt = JWTManager()


def create_app():
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    db_file = os.environ.get("CONDUIT_DB", os.path.join(app.instance_path, "conduit.db"))
    app.config.update(
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{db_file}",
        JWT_SECRET_KEY=os.environ.get("JWT_SECRET", "super-secret"),
        JWT_HEADER_TYPE="Token",
    )
    db.init_app(app)
    jwt.init_app(app)
    from .views import bp
    app.register_blueprint(bp)
    with app.app_context():
        db.create_all()
    return app
