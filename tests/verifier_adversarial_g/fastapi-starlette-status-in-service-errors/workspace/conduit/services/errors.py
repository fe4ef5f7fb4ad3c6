"""Errors raised by the use cases, each with the status the API answers it with."""

from __future__ import annotations

from starlette import status


class ServiceError(Exception):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY

    def __init__(self, message: str, field: str = "body") -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def as_errors(self) -> dict[str, list[str]]:
        return {self.field: [self.message]}


class ValidationFailed(ServiceError):
    pass


class Unauthorized(ServiceError):
    status_code = status.HTTP_401_UNAUTHORIZED

    def __init__(self, message: str = "missing or invalid token") -> None:
        super().__init__(message, field="token")


class Forbidden(ServiceError):
    status_code = status.HTTP_403_FORBIDDEN

    def __init__(self, message: str = "you are not allowed to do that") -> None:
        super().__init__(message, field="authorization")


class NotFound(ServiceError):
    status_code = status.HTTP_404_NOT_FOUND

    def __init__(self, what: str) -> None:
        super().__init__("not found", field=what)


class Conflict(ValidationFailed):
    def __init__(self, field: str) -> None:
        super().__init__("has already been taken", field=field)
