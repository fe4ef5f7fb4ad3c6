"""Conduit API: Flask application factory."""

from __future__ import annotations

from flask import Flask, jsonify

from conduit import db
from conduit.auth import ApiError
from conduit.views.articles import bp as articles_bp
from conduit.views.profiles import bp as profiles_bp
from conduit.views.users import bp as users_bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.url_map.strict_slashes = False
    db.init_app(app)
    with app.app_context():
        db.create_schema()
    for bp in (users_bp, profiles_bp, articles_bp):
        app.register_blueprint(bp, url_prefix="/api")

    @app.errorhandler(ApiError)
    def api_error(error: ApiError):
        return jsonify({"errors": {error.key: [error.message]}}), error.status

    return app
