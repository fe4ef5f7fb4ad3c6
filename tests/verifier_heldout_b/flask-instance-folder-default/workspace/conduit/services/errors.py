"""Application errors; the HTTP layer maps each to its status and the error contract."""
from __future__ import annotations


class AppError(Exception):
    status = 500
    key = "body"

    def __init__(self, *messages: str, key: str | None = None, fields: dict[str, list[str]] | None = None):
        super().__init__(*messages)
        self.fields = fields or {key or self.key: list(messages) or ["error"]}

    def as_body(self) -> dict:
        return {"errors": self.fields}


class ValidationFailed(AppError):
    status = 422


class Unauthorized(AppError):
    status = 401


class Forbidden(AppError):
    status = 403


class NotFound(AppError):
    status = 404


class Conflict(AppError):
    status = 409


class TooManyAttempts(AppError):
    status = 429

    def __init__(self, retry_after: int):
        super().__init__("too many login attempts, try again later")
        self.retry_after = retry_after
