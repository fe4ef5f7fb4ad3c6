"""Domain errors: the routes turn them into HTTP statuses."""


class DomainError(Exception):
    key = "body"

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.key = key or self.key


class NotFound(DomainError):
    pass


class Forbidden(DomainError):
    pass


class Unauthorized(DomainError):
    pass


class Invalid(DomainError):
    pass


class Taken(DomainError):
    pass
