"""Composition root: engine, schema, repositories, services."""

from __future__ import annotations

from conduit.repositories.database import Database
from conduit.repositories.engine import create_engine_from_environment
from conduit.services import Services


_database: Database | None = None


def database() -> Database:
    global _database
    if _database is None:
        _database = Database(create_engine_from_environment())
        _database.create_schema()
    return _database


def build_services() -> Services:
    return Services.over(database())
