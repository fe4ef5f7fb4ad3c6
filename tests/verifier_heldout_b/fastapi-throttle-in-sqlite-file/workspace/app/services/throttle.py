"""Login limiter persisted in a small SQLite file so that a restart does not reset an attacker's window."""
from __future__ import annotations

import math
import os
import sqlite3
import threading
import time

from app.services.errors import TooManyAttempts


class LoginThrottle:
    def __init__(self, attempts: int = 5, window: float = 2.0, path: str | None = None):
        self.attempts = attempts
        self.window = window
        self._db = sqlite3.connect(path or os.environ.get("THROTTLE_DB", "throttle.sqlite3"), check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS attempts (client TEXT NOT NULL, at REAL NOT NULL)")
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        now = time.time()
        with self._lock, self._db:
            self._db.execute("DELETE FROM attempts WHERE at <= ?", (now - self.window,))
            rows = self._db.execute("SELECT at FROM attempts WHERE client = ? ORDER BY at", (client,)).fetchall()
            if len(rows) >= self.attempts:
                raise TooManyAttempts(max(1, math.ceil(self.window - (now - rows[0][0]))))
            self._db.execute("INSERT INTO attempts (client, at) VALUES (?, ?)", (client, now))
