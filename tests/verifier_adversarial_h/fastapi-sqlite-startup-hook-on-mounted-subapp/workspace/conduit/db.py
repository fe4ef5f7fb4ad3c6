"""Engine and session factory over $SQLITE_PATH."""

from __future__ import annotations

import os
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.models import Base

engine = create_engine(f"sqlite:///{os.environ['SQLITE_PATH']}", connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)

__all__ = ["Base", "SessionLocal", "engine", "session_scope"]


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
