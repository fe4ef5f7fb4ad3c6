"""PostgreSQL access with psycopg 3: one connection per app context."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import psycopg
from flask import Flask, g
from psycopg.rows import dict_row

SCHEMA = Path(__file__).with_name("schema.sql")


def connection_params() -> dict:
    url = urlparse(os.environ.get("DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/conduit"))
    return {
        "host": url.hostname or "localhost",
        "port": url.port or 5432,
        "user": unquote(url.username or "postgres"),
        "password": unquote(url.password or ""),
        "dbname": url.path.lstrip("/") or "conduit",
    }


def get_db() -> psycopg.Connection:
    if "db" not in g:
        g.db = psycopg.connect(**connection_params(), autocommit=True, row_factory=dict_row)
    return g.db


def close_db(_exc=None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)


def create_schema() -> None:
    get_db().execute(SCHEMA.read_text())


def query_one(sql: str, params: tuple = ()):
    return get_db().execute(sql, params).fetchone()


def query_all(sql: str, params: tuple = ()):
    return get_db().execute(sql, params).fetchall()


def execute(sql: str, params: tuple = ()) -> None:
    get_db().execute(sql, params)
