"""Application errors. They subclass HTTPException so FastAPI renders them without extra handlers."""
from fastapi import HTTPException, status


class AppError(HTTPException):
    code = status.HTTP_422_UNPROCESSABLE_ENTITY
    key = "body"

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(status_code=self.code, detail={"errors": {key or self.key: [message]}})
        self.message = message


class NotFound(AppError):
    code = status.HTTP_404_NOT_FOUND


class Forbidden(AppError):
    code = status.HTTP_403_FORBIDDEN


class Unauthorized(AppError):
    code = status.HTTP_401_UNAUTHORIZED


class Taken(AppError):
    code = status.HTTP_409_CONFLICT


DomainError = AppError
Invalid = AppError
