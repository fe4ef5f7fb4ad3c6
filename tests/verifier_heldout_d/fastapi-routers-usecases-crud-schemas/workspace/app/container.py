"""Composition root: engine, schema, repositories, services."""

from __future__ import annotations

from app.crud.database import Database
from app.crud.engine import create_engine_from_environment
from app.use_cases import Services


def build_services() -> Services:
    db = Database(create_engine_from_environment())
    db.create_schema()
    return Services.over(db)
