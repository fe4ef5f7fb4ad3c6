"""Engine, session factory and schema creation."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.models import Base
from app.settings import settings
import os
import sqlite3

from sqlalchemy.pool import QueuePool

SQLITE_PATH = os.path.abspath(os.environ["SQLITE_PATH"])


def _connect() -> sqlite3.Connection:
    # Our own connect so we can set a long timeout and allow the waitress worker threads to share it.
    connection = sqlite3.connect(SQLITE_PATH, timeout=30, check_same_thread=False, detect_types=sqlite3.PARSE_DECLTYPES)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


engine = create_engine("sqlite://", creator=_connect, poolclass=QueuePool, pool_size=5, max_overflow=0)
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
