"""Normalise DATABASE_URL for SQLAlchemy 2 + psycopg 3."""
from __future__ import annotations

from sqlalchemy.engine import URL, make_url


def normalise(raw: str) -> URL:
    """`postgres://` and bare `postgresql://` mean psycopg 3 here; everything else is kept as given."""
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://"):]
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return url
