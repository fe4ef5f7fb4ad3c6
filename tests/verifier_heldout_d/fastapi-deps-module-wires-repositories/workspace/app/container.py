"""Start-up: the engine and the schema."""

from __future__ import annotations

from app.persistence.database import Database
from app.persistence.engine import create_engine_from_environment


def build_database() -> Database:
    db = Database(create_engine_from_environment())
    db.create_schema()
    return db
