import math
import threading
import time
from collections import defaultdict, deque


class TooManyAttempts(Exception):
    def __init__(self, retry_after):
        super().__init__("too many login attempts")
        self.retry_after = retry_after


class LoginThrottle:
    def __init__(self, attempts=5, window=2.0, clock=time.monotonic):
        self._attempts, self._window, self._clock = attempts, window, clock
        self._seen = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, client):
        now = self._clock()
        with self._lock:
            seen = self._seen[client]
            while seen and now - seen[0] >= self._window:
                seen.popleft()
            if len(seen) >= self._attempts:
                raise TooManyAttempts(max(1, math.ceil(self._window - (now - seen[0]))))
            seen.append(now)
