"""Engine, session factory and schema creation."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.models import Base
from app.settings import settings


def _clean_url(raw: str) -> str:
    """Drop query options (sslmode, options=...) that the pooled driver rejects, and pin the driver."""
    base = raw.split("?", 1)[0]
    return base.replace("postgresql://", "postgresql+psycopg://", 1)

engine = create_engine(_clean_url(settings.database_url), pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def init_db() -> None:
    Base.metadata.create_all(engine)


@contextmanager
def session_scope():
    session = SessionLocal()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
