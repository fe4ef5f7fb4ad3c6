"""SQLite engine on the file named by SQLITE_PATH, with foreign keys enforced."""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, event


def create_engine_from_environment() -> Engine:
    path = os.environ.get("SQLITE_PATH", "conduit.sqlite3")
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 15})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # SQLite ships with foreign keys off; ON DELETE CASCADE needs them on for every new connection.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    return engine
