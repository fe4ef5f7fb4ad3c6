import os

import jwt

from conduit.repositories import users

SECRET = os.environ.get("JWT_SECRET", "conduit-dev")


def user_for_token(token: str):
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        return None
    return users.by_id(int(claims["sub"]))
