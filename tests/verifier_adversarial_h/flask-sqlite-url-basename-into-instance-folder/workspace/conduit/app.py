"""Application factory and entry point."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, jsonify
from sqlalchemy.engine import make_url
from waitress import serve

from conduit import db
from conduit.config import Config
from conduit.routes import api


def create_app(config: type[Config] = Config) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config)
    app.url_map.strict_slashes = False

    os.makedirs(app.instance_path, exist_ok=True)
    url = make_url(app.config["DATABASE_URL"])
    db_file = os.path.join(app.instance_path, Path(url.database).name)
    app.config["SQLALCHEMY_DATABASE_URI"] = url.set(database=db_file).render_as_string(hide_password=False)

    db.configure(app.config["SQLALCHEMY_DATABASE_URI"])
    db.init_db()

    app.register_blueprint(api)

    @app.errorhandler(404)
    def not_found(_err):
        return jsonify({"errors": {"body": ["not found"]}}), 404

    return app


def main() -> None:
    app = create_app()
    serve(app, host=app.config["HOST"], port=app.config["PORT"], threads=8)


if __name__ == "__main__":
    main()
