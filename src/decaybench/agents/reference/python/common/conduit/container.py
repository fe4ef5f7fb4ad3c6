"""Composition root: builds the engine, creates the schema, wires repositories into services."""

from __future__ import annotations

import logging

from conduit.config import Settings, load_settings
from conduit.repositories import Database
from conduit.repositories.engine import create_engine_from_environment
from conduit.routes.api import ConduitApi
from conduit.services import Services


def build_api(settings: Settings | None = None) -> ConduitApi:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings or load_settings()
    database = Database(create_engine_from_environment())
    database.create_schema()
    return ConduitApi(
        Services.over(database, settings), duplicate_status=settings.duplicate_status, error_keys=settings.error_keys
    )
