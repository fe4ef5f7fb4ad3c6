"""Errors the use cases raise; the HTTP layer maps them to statuses."""


class ServiceError(Exception):
    status = 422

    def __init__(self, message: str, key: str = "body") -> None:
        super().__init__(message)
        self.message = message
        self.key = key

    def as_body(self) -> dict:
        return {"errors": {self.key: [self.message]}}


class ValidationFailed(ServiceError):
    status = 422


class Unauthorized(ServiceError):
    status = 401


class Forbidden(ServiceError):
    status = 403


class NotFound(ServiceError):
    status = 404
