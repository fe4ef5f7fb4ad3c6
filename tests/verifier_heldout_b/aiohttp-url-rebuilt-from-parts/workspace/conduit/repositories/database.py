"""Engine and session factory for PostgreSQL, built from DATABASE_URL's parts."""
from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

from conduit.models import Base


def _url_from_environment() -> URL:
    parts = urlsplit(os.environ["DATABASE_URL"])
    return URL.create(
        "postgresql+psycopg",
        username=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        host=parts.hostname or "localhost",
        port=parts.port or 5432,
        database=parts.path.lstrip("/"),
    )


engine = create_engine(_url_from_environment(), pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def create_schema() -> None:
    Base.metadata.create_all(engine)
