"""Application factory and entry point."""

from __future__ import annotations

import os

from flask import Flask, jsonify
from waitress import serve

from conduit.db import init_db
from conduit.routes import api


def create_app() -> Flask:
    app = Flask(__name__)
    app.url_map.strict_slashes = False
    app.json.sort_keys = False
    init_db()
    app.register_blueprint(api)

    @app.errorhandler(404)
    def not_found(_err):
        return jsonify({"errors": {"body": ["not found"]}}), 404

    return app


def main() -> None:
    serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)


if __name__ == "__main__":
    main()
