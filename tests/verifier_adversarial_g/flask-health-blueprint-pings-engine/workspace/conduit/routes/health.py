"""Liveness/readiness probe used by the container orchestrator."""

from __future__ import annotations

import time

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

health_bp = Blueprint("health", __name__)
_STARTED = time.monotonic()


@health_bp.get("/health")
def health():
    engine = current_app.config["DB_ENGINE"]
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        database = "ok"
    except Exception as exc:  # noqa: BLE001 - report any driver failure as unhealthy
        current_app.logger.warning("database check failed: %s", exc)
        return jsonify({"status": "degraded", "database": "unreachable"}), 503
    return jsonify({"status": "ok", "database": database, "uptime": round(time.monotonic() - _STARTED, 1)})
