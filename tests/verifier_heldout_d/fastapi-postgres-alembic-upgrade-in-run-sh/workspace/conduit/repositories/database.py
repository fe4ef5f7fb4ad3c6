"""Engine and session handling."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker


def database_url() -> str:
    url = os.environ["DATABASE_URL"]
    # Same URL, SQLAlchemy's name for the psycopg 3 driver; the ?host=... query is kept as is.
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    @classmethod
    def from_environment(cls) -> "Database":
        return cls(create_engine(database_url(), pool_pre_ping=True))

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()
