"""Start-up: build the services, register the blueprint, serve with waitress on $PORT."""
from __future__ import annotations

import os

from flask import Flask, jsonify
from waitress import serve

from conduit.container import build_services
from conduit.routes.api import api


def create_app() -> Flask:
    app = Flask(__name__)
    app.extensions["conduit"] = build_services()
    app.register_blueprint(api)

    @app.errorhandler(404)
    def not_found(_error):
        return jsonify({"errors": {"body": ["not found"]}}), 404

    @app.errorhandler(500)
    def internal(_error):
        return jsonify({"errors": {"body": ["internal server error"]}}), 500

    return app


if __name__ == "__main__":
    serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)
