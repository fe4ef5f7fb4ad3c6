"""Login audit trail, appended from the request path (kept off the ORM session on purpose)."""
from __future__ import annotations

import os
import sqlite3
import threading
from datetime import datetime, timezone

_lock = threading.Lock()


def _path() -> str:
    return os.environ["DATABASE_URL"].removeprefix("sqlite:////")


def record_login(username: str, ip: str) -> None:
    with _lock, sqlite3.connect(_path()) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS login_events (username TEXT, ip TEXT, at TEXT)")
        connection.execute("INSERT INTO login_events VALUES (?, ?, ?)", (username, ip, datetime.now(timezone.utc).isoformat()))
