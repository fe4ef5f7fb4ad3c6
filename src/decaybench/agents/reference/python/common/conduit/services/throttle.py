"""Login throttling: at most ``attempts`` login attempts per client in any sliding window of
``window_seconds``. Refused attempts are not processed and do not count."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from conduit.services.errors import TooManyRequests


class LoginThrottle:
    def __init__(self, attempts: int, window_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.attempts = attempts
        self.window = window_seconds
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()  # threaded servers (Flask, Django) call this concurrently

    def admit(self, client: str) -> None:
        """Count one attempt by ``client``, or raise TooManyRequests saying when to come back."""
        with self._lock:
            now = self.clock()
            recent = self._seen.setdefault(client, deque())
            while recent and recent[0] <= now - self.window:
                recent.popleft()
            if len(recent) >= self.attempts:
                raise TooManyRequests(retry_after=max(1, math.ceil(recent[0] + self.window - now)))
            recent.append(now)


class NoThrottle:
    def admit(self, client: str) -> None:
        return None
