"""Engine and session factory for PostgreSQL (DATABASE_URL, unix socket in its query)."""
from __future__ import annotations

import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.models import Base


def _driver_url(url: str) -> str:
    # psycopg 3 understands ?host=/socket/dir as-is; only the scheme needs its driver name.
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


engine = create_engine(_driver_url(os.environ["DATABASE_URL"]), pool_pre_ping=True, future=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def create_schema() -> None:
    Base.metadata.create_all(engine)
