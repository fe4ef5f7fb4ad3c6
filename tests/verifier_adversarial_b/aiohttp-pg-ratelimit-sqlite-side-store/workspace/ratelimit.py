import sqlite3
import time

class LoginThrottle:
    """Sliding-window limiter; attempts persisted so limits survive restarts."""

    def __init__(self, path="/tmp/conduit-ratelimit.db", limit=5, window=2.0):
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("CREATE TABLE IF NOT EXISTS attempts (ip TEXT, at REAL)")
        self.limit, self.window = limit, window

    def hit(self, ip: str) -> float | None:
        now = time.time()
        self.db.execute("DELETE FROM attempts WHERE at < ?", (now - self.window,))
        rows = [r[0] for r in self.db.execute("SELECT at FROM attempts WHERE ip = ? ORDER BY at", (ip,))]
        if len(rows) >= self.limit:
            return rows[0] + self.window - now
        self.db.execute("INSERT INTO attempts VALUES (?, ?)", (ip, now))
        return None
