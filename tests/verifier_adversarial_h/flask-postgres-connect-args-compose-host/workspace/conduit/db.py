"""SQLAlchemy engine for PostgreSQL (psycopg 3)."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from conduit.models import Base
from conduit.settings import settings

url = make_url(settings.database_url).set(drivername="postgresql+psycopg")

engine = create_engine(
    url,
    pool_size=settings.pool_size,
    pool_pre_ping=True,
    connect_args={
        "host": settings.db_host,
        "port": settings.db_port,
        "connect_timeout": settings.connect_timeout,
        "application_name": "conduit-api",
    },
)
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
