"""Login limiter shared by all waitress threads and worker processes, kept in Redis."""
from __future__ import annotations

import math
import os
import time
import uuid

import redis

from conduit.services.errors import TooManyAttempts


class LoginThrottle:
    def __init__(self, attempts: int = 5, window: float = 2.0, url: str | None = None):
        self.attempts = attempts
        self.window = window
        self.redis = redis.Redis.from_url(url or os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))

    def check(self, client: str) -> None:
        key = f"login:{client}"
        now = time.time()
        pipe = self.redis.pipeline()
        pipe.zremrangebyscore(key, 0, now - self.window)
        pipe.zrange(key, 0, 0, withscores=True)
        pipe.zcard(key)
        _, oldest, count = pipe.execute()
        if count >= self.attempts:
            retry = self.window - (now - oldest[0][1]) if oldest else self.window
            raise TooManyAttempts(max(1, math.ceil(retry)))
        self.redis.zadd(key, {uuid.uuid4().hex: now})
        self.redis.expire(key, math.ceil(self.window) + 1)
