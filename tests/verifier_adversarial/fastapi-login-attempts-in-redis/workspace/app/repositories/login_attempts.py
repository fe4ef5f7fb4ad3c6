"""Login attempts per client IP, in Redis (shared by all workers, expires on its own)."""
import os
import time

import redis

_client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))


class LoginAttemptRepository:
    def __init__(self, window_seconds: float = 2.0) -> None:
        self.window = window_seconds

    def recent(self, ip: str) -> list[float]:
        now = time.time()
        key = f"login:{ip}"
        _client.zremrangebyscore(key, 0, now - self.window)
        return [float(score) for _member, score in _client.zrange(key, 0, -1, withscores=True)]

    def record(self, ip: str) -> None:
        now = time.time()
        _client.zadd(f"login:{ip}", {str(now): now})
        _client.expire(f"login:{ip}", int(self.window) + 1)
