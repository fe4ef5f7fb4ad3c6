"""Errors the HTTP layer maps to statuses."""


class AppError(Exception):
    status = 400

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.errors = {key: [message]}


class Invalid(AppError):
    status = 422


class Unauthorized(AppError):
    status = 401


class Forbidden(AppError):
    status = 403


class NotFound(AppError):
    status = 404


class Taken(AppError):
    status = 409
