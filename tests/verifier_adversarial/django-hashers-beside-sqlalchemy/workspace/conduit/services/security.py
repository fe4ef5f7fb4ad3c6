"""Password hashing with Django's PBKDF2 hasher (no database involved) and JWTs."""
import time

import jwt
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password

if not settings.configured:
    settings.configure(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"])


def hash_password(password: str) -> str:
    return make_password(password)  # pbkdf2_sha256$<iterations>$<salt>$<hash>


def verify_password(password: str, stored: str) -> bool:
    return check_password(password, stored)


def issue_token(user_id: int, secret: str) -> str:
    return jwt.encode({"sub": str(user_id), "exp": int(time.time()) + 86400}, secret, algorithm="HS256")


def read_token(token: str, secret: str) -> int | None:
    try:
        return int(jwt.decode(token, secret, algorithms=["HS256"])["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
