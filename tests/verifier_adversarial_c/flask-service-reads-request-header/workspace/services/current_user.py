from flask import request

from services.errors import Unauthorized
from services.tokens import read_token


def current_user_id():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        raise Unauthorized("body", "missing token")
    try:
        return read_token(header[6:])
    except Exception:
        raise Unauthorized("body", "invalid token") from None
