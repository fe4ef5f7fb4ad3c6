"""Engine whose connections come straight from psycopg with the DSN as given."""

from __future__ import annotations

import os
from contextlib import contextmanager

import psycopg
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.models import Base

DSN = os.environ["DATABASE_URL"]


def _connect():
    return psycopg.connect(DSN, application_name="conduit")


engine = create_engine("postgresql+psycopg://", creator=_connect, pool_size=5, pool_pre_ping=True)
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
