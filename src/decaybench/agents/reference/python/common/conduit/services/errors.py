"""Domain errors: the routes map each kind to one HTTP status.

Each error carries its problems keyed by what they are about: the request field for invalid input
(``{"email": ["is invalid"]}``), ``body`` for everything else, so the routes can answer with the
API's ``{"errors": {key: [messages]}}`` envelope unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    default_message = "request failed"

    def __init__(self, *messages: str, field: str = "body") -> None:
        self.problems: dict[str, list[str]] = {field: list(messages) or [self.default_message]}
        super().__init__("; ".join(self.messages))

    @classmethod
    def about(cls, problems: Mapping[str, list[str]]) -> DomainError:
        """One error naming several fields at once."""
        error = cls()
        error.problems = {key: list(messages) for key, messages in problems.items()}
        error.args = ("; ".join(error.messages),)
        return error

    @property
    def messages(self) -> list[str]:
        return [f"{key} {message}" if key != "body" else message for key, ms in self.problems.items() for message in ms]


class ValidationFailed(DomainError):
    default_message = "invalid input"


class Duplicate(DomainError):
    """A username or email another user already has (422, or 409 under an error contract)."""

    default_message = "has already been taken"


class Unauthorized(DomainError):
    default_message = "authentication required"


class Forbidden(DomainError):
    default_message = "not allowed"


class NotFound(DomainError):
    default_message = "not found"


class TooManyRequests(DomainError):
    default_message = "too many login attempts, try again later"

    def __init__(self, *messages: str, retry_after: int = 1) -> None:
        super().__init__(*messages)
        self.retry_after = retry_after
