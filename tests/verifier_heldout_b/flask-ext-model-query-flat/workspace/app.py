"""Conduit API: Flask with the Flask-SQLAlchemy extension, a handful of modules."""
import os

from flask import Flask, jsonify

from extensions import db
from views import bp


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True}
    db.init_app(app)
    app.register_blueprint(bp, url_prefix="/api")

    @app.errorhandler(404)
    def not_found(_e):
        return jsonify({"errors": {"body": ["not found"]}}), 404

    with app.app_context():
        import models  # noqa: F401  (register the tables)
        db.create_all()
    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", 8000)), threaded=True)
