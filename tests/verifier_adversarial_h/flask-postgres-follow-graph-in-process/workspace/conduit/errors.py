"""Errors the services raise; each web layer turns them into responses."""

from __future__ import annotations


class ApiError(Exception):
    status = 422

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key
        self.message = message

    def body(self) -> dict:
        return {"errors": {self.key: [self.message]}}


class ValidationFailed(ApiError):
    status = 422


class Unauthorized(ApiError):
    status = 401

    def __init__(self, message: str = "missing or invalid token"):
        super().__init__("body", message)


class Forbidden(ApiError):
    status = 403

    def __init__(self, message: str = "forbidden"):
        super().__init__("body", message)


class NotFound(ApiError):
    status = 404

    def __init__(self, what: str):
        super().__init__("body", f"{what} not found")
