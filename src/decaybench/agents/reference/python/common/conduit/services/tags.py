"""The tag vocabulary."""

from __future__ import annotations

from typing import Any

from conduit.repositories import Database


class TagService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def list(self) -> dict[str, Any]:
        with self.database.unit_of_work() as uow:
            return {"tags": uow.tags.names_in_use()}
