import os
import sqlite3
from flask import g, current_app

PREFIX = "sqlite:///"


def path_from_url(url: str | None = None) -> str:
    url = url or os.environ["DATABASE_URL"]
    if not url.startswith(PREFIX):
        raise RuntimeError(f"unsupported DATABASE_URL: {url}")
    return url[len(PREFIX):]


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"], detect_types=sqlite3.PARSE_DECLTYPES)
        g.db.row_factory = sqlite3.Row
        g.db.execute("PRAGMA foreign_keys = ON")
    return g.db


def close_db(e=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


SCHEMA = '''
CREATE TABLE IF NOT EXISTS user (id INTEGER PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
CREATE TABLE IF NOT EXISTS article (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INTEGER REFERENCES user(id), created TEXT, updated TEXT);
CREATE TABLE IF NOT EXISTS favorite (user_id INTEGER, article_id INTEGER, PRIMARY KEY (user_id, article_id));
CREATE TABLE IF NOT EXISTS follow (follower INTEGER, followed INTEGER, PRIMARY KEY (follower, followed));
CREATE TABLE IF NOT EXISTS comment (id INTEGER PRIMARY KEY, body TEXT, article_id INTEGER, author_id INTEGER, created TEXT, updated TEXT);
'''


def init_app(app):
    app.teardown_appcontext(close_db)
    with app.app_context():
        get_db().executescript(SCHEMA)
