"""HTTP layer: blueprints and the mapping of service errors to responses."""

from __future__ import annotations

from flask import Flask, jsonify

from conduit.blueprints.articles import articles_bp
from conduit.blueprints.users import users_bp
from conduit.services.errors import Forbidden, NotFound, ServiceError, Unauthorized

_STATUS = ((Unauthorized, 401), (Forbidden, 403), (NotFound, 404))


def register_routes(app: Flask) -> None:
    app.register_blueprint(users_bp, url_prefix="/api")
    app.register_blueprint(articles_bp, url_prefix="/api")

    @app.errorhandler(ServiceError)
    def service_error(error: ServiceError):
        status = next((code for kind, code in _STATUS if isinstance(error, kind)), 422)
        return jsonify({"errors": error.as_errors()}), status

    @app.errorhandler(404)
    def not_found(_error):
        return jsonify({"errors": {"path": ["not found"]}}), 404

    @app.errorhandler(405)
    def not_allowed(_error):
        return jsonify({"errors": {"method": ["not allowed"]}}), 405
