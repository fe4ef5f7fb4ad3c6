from fastapi import Header

from conduit.app.usecases.errors import Unauthorized
from conduit.app.usecases.users import user_service


def _token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme in ("Token", "Bearer") and value else None


def optional_user(authorization: str | None = Header(default=None)):
    token = _token(authorization)
    return user_service.from_token(token), token


def required_user(authorization: str | None = Header(default=None)):
    token = _token(authorization)
    user = user_service.from_token(token)
    if user is None:
        raise Unauthorized("missing authorization", "token")
    return user, token
