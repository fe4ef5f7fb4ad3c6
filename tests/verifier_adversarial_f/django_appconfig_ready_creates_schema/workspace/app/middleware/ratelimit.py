"""Sliding-window limiter for POST /api/users/login (per client IP)."""
from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque


class SlidingWindow:
    def __init__(self, attempts: int = 5, window: float = 2.0) -> None:
        self.attempts, self.window = attempts, window
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, key: str) -> int:
        """0 when allowed (and counted), else the whole seconds to wait."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits[key]
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            if len(hits) >= self.attempts:
                return max(1, math.ceil(self.window - (now - hits[0])))
            hits.append(now)
            return 0


login_limiter = SlidingWindow()
