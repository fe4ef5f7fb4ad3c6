"""The PostgreSQL engine: DATABASE_URL through the psycopg 3 driver."""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine


def database_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        user = os.environ.get("PGUSER", "postgres")
        password = os.environ.get("PGPASSWORD", "")
        host = os.environ.get("PGHOST", "127.0.0.1")
        port = os.environ.get("PGPORT", "5432")
        name = os.environ.get("PGDATABASE", "conduit")
        url = f"postgresql://{user}:{password}@{host}:{port}/{name}"
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    raise ValueError(f"DATABASE_URL is not a PostgreSQL URL: {url!r}")


def create_engine_from_environment() -> Engine:
    return create_engine(database_url(), pool_pre_ping=True, pool_size=5, max_overflow=5)
