import os
from datetime import datetime, timedelta, timezone

import jwt
from django.contrib.auth.hashers import check_password as _check, make_password

SECRET = os.environ.get("JWT_SECRET", "conduit-dev-secret")


def hash_password(password: str) -> str:
    return make_password(password)


def check_password(password: str, stored: str) -> bool:
    return _check(password, stored)


def issue_token(user_id: int) -> str:
    payload = {"sub": str(user_id), "exp": datetime.now(timezone.utc) + timedelta(days=30)}
    return jwt.encode(payload, SECRET, algorithm="HS256")


def read_token(token: str) -> int | None:
    try:
        return int(jwt.decode(token, SECRET, algorithms=["HS256"])["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
