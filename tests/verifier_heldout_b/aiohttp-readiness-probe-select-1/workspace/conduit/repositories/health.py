"""Readiness probe: can we reach the database file?"""
from __future__ import annotations

from conduit.repositories.database import SessionLocal


def database_ready() -> bool:
    try:
        with SessionLocal() as session:
            session.connection().exec_driver_sql("SELECT 1")
        return True
    except Exception:  # noqa: BLE001 - any failure means not ready
        return False
