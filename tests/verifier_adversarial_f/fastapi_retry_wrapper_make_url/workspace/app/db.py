"""Engine, session factory and schema creation."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.models import Base
from app.settings import settings
import logging
import os
import time

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)
DATABASE_URL = make_url(os.environ["DATABASE_URL"]).set(drivername="postgresql+psycopg")

engine = create_engine(DATABASE_URL, pool_pre_ping=True, pool_size=10, max_overflow=5)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def wait_for_database(attempts: int = 30, delay: float = 0.5) -> None:
    """The database may still be starting when we do: retry the first connection."""
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect():
                return
        except OperationalError as error:
            log.warning("database not ready (%s/%s): %s", attempt, attempts, error)
            time.sleep(delay)
    raise RuntimeError("database unreachable")


def init_db() -> None:
    wait_for_database()
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
