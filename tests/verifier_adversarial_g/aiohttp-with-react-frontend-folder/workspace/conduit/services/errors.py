"""Errors raised by the use cases; the HTTP layer decides how each one is answered."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, message: str, field: str = "body") -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def as_errors(self) -> dict[str, list[str]]:
        return {self.field: [self.message]}


class ValidationFailed(ServiceError):
    pass


class Unauthorized(ServiceError):
    def __init__(self, message: str = "missing or invalid token") -> None:
        super().__init__(message, field="token")


class Forbidden(ServiceError):
    def __init__(self, message: str = "you are not allowed to do that") -> None:
        super().__init__(message, field="authorization")


class NotFound(ServiceError):
    def __init__(self, what: str) -> None:
        super().__init__("not found", field=what)


class Conflict(ValidationFailed):
    def __init__(self, field: str) -> None:
        super().__init__("has already been taken", field=field)
