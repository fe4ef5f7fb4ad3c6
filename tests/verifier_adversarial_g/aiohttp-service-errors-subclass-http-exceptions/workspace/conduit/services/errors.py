"""Errors raised by the use cases. They are aiohttp HTTP exceptions, so the server answers them directly."""

from __future__ import annotations

import json

from aiohttp import web


class ServiceError(web.HTTPUnprocessableEntity):
    def __init__(self, message: str, field: str = "body") -> None:
        self.field = field
        self.message = message
        super().__init__(text=json.dumps({"errors": self.as_errors()}), content_type="application/json")

    def as_errors(self) -> dict[str, list[str]]:
        return {self.field: [self.message]}


class ValidationFailed(ServiceError):
    pass


class Unauthorized(ServiceError):
    status_code = 401

    def __init__(self, message: str = "missing or invalid token") -> None:
        super().__init__(message, field="token")


class Forbidden(ServiceError):
    status_code = 403

    def __init__(self, message: str = "you are not allowed to do that") -> None:
        super().__init__(message, field="authorization")


class NotFound(ServiceError):
    status_code = 404

    def __init__(self, what: str) -> None:
        super().__init__("not found", field=what)


class Conflict(ValidationFailed):
    def __init__(self, field: str) -> None:
        super().__init__("has already been taken", field=field)
