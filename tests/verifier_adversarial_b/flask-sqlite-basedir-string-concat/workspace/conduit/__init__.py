import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
BASE_DIR = os.path.abspath(os.path.dirname(os.path.dirname(__file__)))

def create_app():
    app = Flask(__name__)
    instance = os.path.join(BASE_DIR, "instance")
    os.makedirs(instance, exist_ok=True)
    db_file = os.environ.get("SQLITE_PATH", "conduit.db").lstrip("/")
    # keep every artefact of the app under instance/
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + instance + "/" + db_file
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    db.init_app(app)
    with app.app_context():
        from conduit import models  # noqa: F401
        from conduit.api import bp
        db.create_all()
        app.register_blueprint(bp)
    return app
