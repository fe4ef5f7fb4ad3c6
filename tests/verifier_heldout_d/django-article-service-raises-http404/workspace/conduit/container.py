"""Composition root: the services are built once, on first use, and the schema created."""

from __future__ import annotations

from functools import lru_cache

from conduit.repositories.database import Database
from conduit.repositories.engine import create_engine_from_environment
from conduit.services import Services


@lru_cache(maxsize=1)
def services() -> Services:
    db = Database(create_engine_from_environment())
    db.create_schema()
    return Services.over(db)
