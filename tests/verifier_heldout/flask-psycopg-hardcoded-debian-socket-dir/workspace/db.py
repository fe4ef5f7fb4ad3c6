import os

import psycopg2
import psycopg2.extras

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE,
                                  password_hash TEXT, bio TEXT DEFAULT '', image TEXT);
CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT,
                                     body TEXT, author_id INT REFERENCES users(id),
                                     created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now());
"""


def connect():
    return psycopg2.connect(
        host="/var/run/postgresql",  # local socket: no TCP, no password prompt
        dbname=os.environ.get("PGDATABASE", "conduit"),
        user=os.environ.get("PGUSER", "postgres"),
        password=os.environ.get("PGPASSWORD"),
        cursor_factory=psycopg2.extras.RealDictCursor,
    )


def init_schema() -> None:
    with connect() as conn, conn.cursor() as cur:
        cur.execute(SCHEMA)
