"""Domain error base: carries the Conduit error body and an HTTP-ish status code."""

from starlette.exceptions import HTTPException as _BaseHTTPError


class DomainError(_BaseHTTPError):
    status = 422

    def __init__(self, field: str, message: str) -> None:
        super().__init__(status_code=self.status, detail=message)
        self.errors = {field: [message]}
