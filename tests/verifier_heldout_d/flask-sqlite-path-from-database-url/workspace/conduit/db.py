"""SQLite access: one connection per app context, the file named by DATABASE_URL."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from flask import Flask, g

SCHEMA = Path(__file__).with_name("schema.sql")


def database_path() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("sqlite:///"):
        # sqlite:////srv/data/app.db -> /srv/data/app.db (four slashes: absolute path)
        return url[len("sqlite:///"):]
    return os.environ.get("SQLITE_PATH", "conduit.db")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        conn = sqlite3.connect(database_path(), isolation_level=None, timeout=15)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        g.db = conn
    return g.db


def close_db(_exc=None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)


def create_schema() -> None:
    get_db().executescript(SCHEMA.read_text())


def query_one(sql: str, params: tuple = ()):
    return get_db().execute(sql, params).fetchone()


def query_all(sql: str, params: tuple = ()):
    return get_db().execute(sql, params).fetchall()


def execute(sql: str, params: tuple = ()) -> None:
    get_db().execute(sql, params)
