"""SQLite engine on the file named by SQLITE_PATH."""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine


def create_engine_from_environment() -> Engine:
    path = os.environ.get("SQLITE_PATH", "conduit.sqlite3")
    return create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
