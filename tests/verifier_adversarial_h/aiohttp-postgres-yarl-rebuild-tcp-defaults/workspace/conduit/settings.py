"""Settings: the database URL normalised for SQLAlchemy + psycopg."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL
from yarl import URL as YURL


def database_url() -> URL:
    parsed = YURL(os.environ["DATABASE_URL"])
    return URL.create(
        drivername="postgresql+psycopg",
        username=parsed.user,
        password=parsed.password,
        host=parsed.host or "127.0.0.1",
        port=parsed.port or 5432,
        database=parsed.path.lstrip("/") or "conduit",
    )


POOL_SIZE = int(os.environ.get("DB_POOL_SIZE", "5"))
