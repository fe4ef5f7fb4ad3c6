"""Domain errors: the routes map each kind to one HTTP status."""

from __future__ import annotations


class DomainError(Exception):
    default_message = "request failed"

    def __init__(self, *messages: str) -> None:
        self.messages = list(messages) or [self.default_message]
        super().__init__("; ".join(self.messages))


class ValidationFailed(DomainError):
    default_message = "invalid input"


class Unauthorized(DomainError):
    default_message = "authentication required"


class Forbidden(DomainError):
    default_message = "not allowed"


class NotFound(DomainError):
    default_message = "not found"
