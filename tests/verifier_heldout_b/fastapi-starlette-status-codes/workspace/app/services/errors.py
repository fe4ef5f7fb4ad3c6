"""Application errors; the HTTP layer maps each to its status and the error contract."""
from __future__ import annotations

from starlette import status as http_status


class AppError(Exception):
    status = http_status.HTTP_500_INTERNAL_SERVER_ERROR
    key = "body"

    def __init__(self, *messages: str, key: str | None = None, fields: dict[str, list[str]] | None = None):
        super().__init__(*messages)
        self.fields = fields or {key or self.key: list(messages) or ["error"]}

    def as_body(self) -> dict:
        return {"errors": self.fields}


class ValidationFailed(AppError):
    status = http_status.HTTP_422_UNPROCESSABLE_ENTITY


class Unauthorized(AppError):
    status = http_status.HTTP_401_UNAUTHORIZED


class Forbidden(AppError):
    status = http_status.HTTP_403_FORBIDDEN


class NotFound(AppError):
    status = http_status.HTTP_404_NOT_FOUND


class Conflict(AppError):
    status = http_status.HTTP_409_CONFLICT


class TooManyAttempts(AppError):
    status = http_status.HTTP_429_TOO_MANY_REQUESTS

    def __init__(self, retry_after: int):
        super().__init__("too many login attempts, try again later")
        self.retry_after = retry_after
