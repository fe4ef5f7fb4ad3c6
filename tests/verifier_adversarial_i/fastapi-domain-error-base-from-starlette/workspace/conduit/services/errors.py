from conduit.models.errors import DomainError


class ServiceError(DomainError):
    status = 422

    def __init__(self, message: str, field: str = "body") -> None:
        super().__init__(field, message)


class ValidationFailed(ServiceError):
    status = 422


class Unauthorized(ServiceError):
    status = 401


class Forbidden(ServiceError):
    status = 403


class NotFound(ServiceError):
    status = 404
