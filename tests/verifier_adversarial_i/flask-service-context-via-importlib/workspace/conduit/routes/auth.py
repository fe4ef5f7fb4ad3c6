from functools import wraps

from flask import g, jsonify, request

from conduit.services.errors import Unauthorized
from conduit.services.users import user_service


def _token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme in ("Token", "Bearer") and value else None


def auth_optional(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        g.token = _token()
        g.user = user_service.from_token(g.token)
        return view(*args, **kwargs)

    return wrapper


def auth_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        g.token = _token()
        g.user = user_service.from_token(g.token)
        if g.user is None:
            raise Unauthorized("missing authorization", "token")
        return view(*args, **kwargs)

    return wrapper


def error_response(exc):
    return jsonify(errors=exc.errors), exc.status
