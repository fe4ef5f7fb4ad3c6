import sqlite3
from flask import Flask, g
import config

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INTEGER, created_at TEXT, updated_at TEXT);
"""


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(config.SQLITE_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def create_app():
    app = Flask(__name__)
    app.secret_key = config.SECRET_KEY
    with sqlite3.connect(config.SQLITE_PATH) as conn:
        conn.executescript(SCHEMA)

    @app.teardown_appcontext
    def close(_exc):
        db = g.pop("db", None)
        if db:
            db.close()

    @app.get("/api/tags")
    def tags():
        return {"tags": []}

    return app
