"""Engine and session factory (start-up wiring): PostgreSQL from DATABASE_URL, psycopg 3."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


def _url() -> str:
    url = os.environ["DATABASE_URL"]
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


engine = create_engine(_url(), pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
