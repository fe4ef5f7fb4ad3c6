import os
import sqlite3
from pathlib import Path

from dotenv import load_dotenv
from flask import Flask, g, jsonify, request

load_dotenv(override=True)  # the .env next to the app is the single source of settings

app = Flask(__name__)


def database_file() -> str:
    url = os.environ.get("DATABASE_URL", "sqlite:///conduit.db")
    path = url.removeprefix("sqlite:///")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return path


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(database_file())
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_schema() -> None:
    with app.app_context():
        get_db().executescript(Path("schema.sql").read_text())


@app.get("/api/health-check")
def health():
    return jsonify({"status": "ok"})


@app.get("/api/tags")
def tags():
    rows = get_db().execute("SELECT name FROM tags ORDER BY name").fetchall()
    return jsonify({"tags": [r["name"] for r in rows]})


@app.get("/api/profiles/<username>")
def profile(username):
    row = get_db().execute("SELECT username, bio, image FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        return jsonify({"errors": {"body": ["profile not found"]}}), 404
    return jsonify({"profile": {**dict(row), "following": False}})


if __name__ == "__main__":
    init_schema()
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
