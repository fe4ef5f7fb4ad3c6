from starlette import status


class ServiceError(Exception):
    status = status.HTTP_422_UNPROCESSABLE_ENTITY

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(ServiceError):
    status = status.HTTP_404_NOT_FOUND


class Forbidden(ServiceError):
    status = status.HTTP_403_FORBIDDEN
