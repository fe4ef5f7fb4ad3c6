"""PostgreSQL engine from DATABASE_URL (psycopg 3)."""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine


def create_engine_from_environment() -> Engine:
    url = os.environ["DATABASE_URL"]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_pre_ping=True)
