import sqlite3
from flask import current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE,
    password TEXT, bio TEXT, image TEXT);
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT,
    body TEXT, author_id INTEGER REFERENCES users(id), created_at TEXT, updated_at TEXT);
CREATE TABLE IF NOT EXISTS tags (article_id INTEGER, name TEXT);
CREATE TABLE IF NOT EXISTS favorites (user_id INTEGER, article_id INTEGER, PRIMARY KEY (user_id, article_id));
CREATE TABLE IF NOT EXISTS follows (follower_id INTEGER, followee_id INTEGER, PRIMARY KEY (follower_id, followee_id));
CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, body TEXT, article_id INTEGER, author_id INTEGER,
    created_at TEXT, updated_at TEXT);
"""

def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DB_PATH"])
        g.db.row_factory = sqlite3.Row
        g.db.execute("PRAGMA foreign_keys = ON")
    return g.db

def close_db(_exc=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()

def init_db(path):
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    conn.commit()
    conn.close()
