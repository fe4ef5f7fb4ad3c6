"""Password hashing (PBKDF2-SHA256, 100000 rounds, per-user salt) and JWTs."""
import base64
import hashlib
import hmac
import os
import time

import jwt

ITERATIONS = 100_000


def hash_password(password: str) -> str:
    salt = base64.b64encode(os.urandom(16)).decode()
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    _, rounds, salt, expected = stored.split("$")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), int(rounds))
    return hmac.compare_digest(base64.b64encode(digest).decode(), expected)


def issue_token(user_id: int, secret: str) -> str:
    return jwt.encode({"sub": str(user_id), "exp": int(time.time()) + 86400}, secret, algorithm="HS256")


def read_token(token: str, secret: str) -> int | None:
    try:
        return int(jwt.decode(token, secret, algorithms=["HS256"])["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
