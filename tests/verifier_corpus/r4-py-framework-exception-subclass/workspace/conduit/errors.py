from fastapi import HTTPException


class ApiError(HTTPException):
    pass


class NotFound(ApiError):
    def __init__(self, what):
        super().__init__(404, what)
