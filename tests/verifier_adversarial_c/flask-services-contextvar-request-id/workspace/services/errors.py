class DomainError(Exception):
    status_hint = "invalid"

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


class Conflict(DomainError):
    status_hint = "conflict"


class Unauthorized(DomainError):
    status_hint = "unauthorized"
