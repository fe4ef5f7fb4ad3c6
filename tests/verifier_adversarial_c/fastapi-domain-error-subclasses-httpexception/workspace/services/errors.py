from starlette.exceptions import HTTPException


class DomainError(HTTPException):
    status_hint = "invalid"
    code = 422

    def __init__(self, field, message):
        super().__init__(status_code=self.code, detail={field: [message]})
        self.field = field
        self.message = message


class Conflict(DomainError):
    status_hint = "conflict"
    code = 409


class Unauthorized(DomainError):
    status_hint = "unauthorized"
    code = 401
