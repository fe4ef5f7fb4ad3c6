class DomainError(Exception):
    status_hint = "body"


class NotFound(DomainError):
    pass


class Forbidden(DomainError):
    pass
