"""Composition root: engine, schema, repositories, services."""

from __future__ import annotations

from conduit.repositories.database import Database
from conduit.repositories.engine import create_engine_from_environment
from conduit.services import Services


def build_database() -> Database:
    db = Database(create_engine_from_environment())
    db.create_schema()
    return db


def build_services(db: Database | None = None) -> Services:
    return Services.over(db or build_database())
