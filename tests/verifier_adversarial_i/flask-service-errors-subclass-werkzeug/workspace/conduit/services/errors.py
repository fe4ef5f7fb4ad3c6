"""Use-case errors. They are werkzeug HTTPExceptions so that a stray one still renders with the right status."""

from werkzeug.exceptions import HTTPException


class ServiceError(HTTPException):
    code = 422

    def __init__(self, message: str, field: str = "body") -> None:
        super().__init__(description=message)
        self.errors = {field: [message]}

    @property
    def status(self) -> int:
        return self.code


class ValidationFailed(ServiceError):
    code = 422


class Unauthorized(ServiceError):
    code = 401


class Forbidden(ServiceError):
    code = 403


class NotFound(ServiceError):
    code = 404
