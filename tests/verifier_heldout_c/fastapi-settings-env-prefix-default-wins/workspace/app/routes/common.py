from fastapi import Header, Request
from fastapi.responses import JSONResponse

from app.services.errors import Conflict, Forbidden, Invalid, NotFound, ServiceError, Unauthorized
from app.services.users import UserService

STATUS = {Invalid: 422, Unauthorized: 401, Forbidden: 403, NotFound: 404, Conflict: 409}
users = UserService()


async def service_error_handler(request: Request, exc: ServiceError) -> JSONResponse:
    return JSONResponse({"errors": {exc.key: [exc.message]}}, status_code=STATUS.get(type(exc), 400))


def current_user(authorization: str | None = Header(default=None)):
    if not authorization or not authorization.startswith("Token "):
        raise Unauthorized("missing token")
    return users.user_from_token(authorization[len("Token "):])


def optional_user(authorization: str | None = Header(default=None)):
    if not authorization or not authorization.startswith("Token "):
        return None
    return users.user_from_token(authorization[len("Token "):])
