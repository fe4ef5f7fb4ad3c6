"""Readiness of the application: the database must answer."""

from __future__ import annotations

import time
from typing import Any

from conduit.repositories.database import DatabaseProbe


class HealthService:
    def __init__(self, probe: DatabaseProbe) -> None:
        self._probe = probe
        self._started = time.monotonic()

    def report(self) -> dict[str, Any]:
        database_ok = self._probe.ping()
        return {
            "status": "ok" if database_ok else "degraded",
            "database": {"ok": database_ok, "dialect": self._probe.dialect},
            "uptimeSeconds": round(time.monotonic() - self._started, 1),
        }
