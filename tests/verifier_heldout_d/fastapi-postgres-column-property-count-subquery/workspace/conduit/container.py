"""Composition root: engine, schema, repositories, services."""

from __future__ import annotations

from conduit.repositories.database import Database
from conduit.repositories.engine import create_engine_from_environment
from conduit.services import Services


def build_services() -> Services:
    db = Database(create_engine_from_environment())
    db.create_schema()
    return Services.over(db)
