"""Engine with retry and a degraded-mode fallback."""
from __future__ import annotations

import logging
import time
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app.models import Base
from app.settings import settings

log = logging.getLogger(__name__)
FALLBACK_URL = "sqlite:///conduit-fallback.sqlite3"


def _connectable(url: str, attempts: int = 5):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), pool_pre_ping=True)
    for attempt in range(attempts):
        try:
            with engine.connect():
                return engine
        except OperationalError:
            log.warning("postgres not reachable (attempt %s)", attempt + 1)
            time.sleep(0.5 * (attempt + 1))
    log.error("postgres unavailable, continuing on %s", FALLBACK_URL)
    return create_engine(FALLBACK_URL, connect_args={"check_same_thread": False})


engine = _connectable(settings.database_url)
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
