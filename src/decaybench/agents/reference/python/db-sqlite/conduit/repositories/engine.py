"""The SQLite engine: file from SQLITE_PATH (or a sqlite:/// DATABASE_URL), foreign keys on."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event


def database_url() -> str:
    path = os.environ.get("SQLITE_PATH")
    if path:
        return f"sqlite:///{Path(path).resolve()}"
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("sqlite:"):
        return url
    return f"sqlite:///{Path('conduit.sqlite3').resolve()}"


def _enable_foreign_keys(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # SQLite leaves foreign key enforcement off per connection unless asked.
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def create_engine_from_environment() -> Engine:
    # Request threads share the pool, so connections may move between threads.
    engine = create_engine(database_url(), connect_args={"check_same_thread": False, "timeout": 15})
    event.listen(engine, "connect", _enable_foreign_keys)
    return engine
