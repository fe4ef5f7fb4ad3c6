"""Composition root: the database and the services over it.

The schema is owned by Alembic (alembic.ini, migrations/): apply it with `alembic upgrade head`.
"""

from __future__ import annotations

from conduit.repositories.database import Database
from conduit.services import Services


def build_services() -> Services:
    return Services.over(Database.from_environment())
