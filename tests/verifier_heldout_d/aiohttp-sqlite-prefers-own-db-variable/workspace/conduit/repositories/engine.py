"""SQLite engine for the configured database file."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine

from conduit.config import settings


def create_engine_from_environment() -> Engine:
    return create_engine(f"sqlite:///{settings.database_file}", connect_args={"check_same_thread": False})
