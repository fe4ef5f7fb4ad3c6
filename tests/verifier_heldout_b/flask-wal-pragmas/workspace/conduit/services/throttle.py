"""Sliding-window limiter for login attempts, per client address."""
from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque

from conduit.services.errors import TooManyAttempts


class LoginThrottle:
    def __init__(self, attempts: int = 5, window: float = 2.0):
        self.attempts = attempts
        self.window = window
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            hits = self._hits[client]
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            if len(hits) >= self.attempts:
                raise TooManyAttempts(max(1, math.ceil(self.window - (now - hits[0]))))
            hits.append(now)
