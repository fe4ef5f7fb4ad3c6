"""Application factory, CLI commands and entry point."""

from __future__ import annotations

import os

import click
from flask import Flask, jsonify
from waitress import serve

from conduit import db
from conduit.routes import api


def create_app() -> Flask:
    app = Flask(__name__)
    app.url_map.strict_slashes = False
    app.register_blueprint(api)

    @app.cli.command("init-db")
    @click.option("--drop", is_flag=True, help="Drop existing tables first.")
    def init_db_command(drop: bool) -> None:
        """Create the database tables."""
        if drop:
            db.drop_schema()
        db.create_schema()
        click.echo(f"Initialized the database at {db.SQLITE_PATH}")

    @app.errorhandler(404)
    def not_found(_err):
        return jsonify({"errors": {"body": ["not found"]}}), 404

    return app


def main() -> None:
    serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)


if __name__ == "__main__":
    main()
