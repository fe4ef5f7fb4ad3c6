"""Engine lifecycle tied to the aiohttp application."""

from __future__ import annotations

import asyncio
import os
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from conduit.models import Base

SessionLocal = sessionmaker(expire_on_commit=False)


def _sqlite_url() -> str:
    url = make_url(os.environ.get("DATABASE_URL") or f"sqlite:///{os.environ['SQLITE_PATH']}")
    if url.get_backend_name() != "sqlite":
        raise RuntimeError(f"expected a sqlite URL, got {url.drivername}")
    return url.render_as_string(hide_password=False)


async def database_lifecycle(app):
    engine = create_engine(_sqlite_url(), connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _fk(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    await asyncio.to_thread(Base.metadata.create_all, engine)
    SessionLocal.configure(bind=engine)
    app["engine"] = engine
    yield
    engine.dispose()


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
