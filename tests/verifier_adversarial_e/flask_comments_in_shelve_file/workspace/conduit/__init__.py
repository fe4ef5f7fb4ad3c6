import psycopg
from flask import Flask
from .comments import bp as comments_bp

DDL = """
CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INT, created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now());
"""


def create_app():
    app = Flask(__name__)
    with psycopg.connect("") as conn:
        conn.execute(DDL)
    app.register_blueprint(comments_bp)
    return app
