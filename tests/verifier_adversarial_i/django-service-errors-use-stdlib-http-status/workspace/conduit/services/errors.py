from http import HTTPStatus


class ServiceError(Exception):
    status = HTTPStatus.UNPROCESSABLE_ENTITY

    def __init__(self, message: str, field: str = "body") -> None:
        super().__init__(message)
        self.errors = {field: [message]}


class ValidationFailed(ServiceError):
    status = HTTPStatus.UNPROCESSABLE_ENTITY


class Unauthorized(ServiceError):
    status = HTTPStatus.UNAUTHORIZED


class Forbidden(ServiceError):
    status = HTTPStatus.FORBIDDEN


class NotFound(ServiceError):
    status = HTTPStatus.NOT_FOUND
