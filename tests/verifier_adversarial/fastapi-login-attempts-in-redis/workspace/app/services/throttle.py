import math
import time

from app.repositories.login_attempts import LoginAttemptRepository


class TooManyAttempts(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__("too many login attempts")
        self.retry_after = retry_after


class LoginThrottle:
    def __init__(self, attempts: LoginAttemptRepository, limit: int = 5, window: float = 2.0) -> None:
        self.attempts, self.limit, self.window = attempts, limit, window

    def check(self, ip: str) -> None:
        recent = self.attempts.recent(ip)
        if len(recent) >= self.limit:
            raise TooManyAttempts(max(1, math.ceil(recent[0] + self.window - time.time())))
        self.attempts.record(ip)
