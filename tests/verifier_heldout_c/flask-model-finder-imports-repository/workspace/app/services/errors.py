class ServiceError(Exception):
    key = "body"

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.message = message
        if key:
            self.key = key


class NotFound(ServiceError):
    pass


class Unauthorized(ServiceError):
    pass


class Forbidden(ServiceError):
    pass


class Invalid(ServiceError):
    pass


class Conflict(ServiceError):
    pass
