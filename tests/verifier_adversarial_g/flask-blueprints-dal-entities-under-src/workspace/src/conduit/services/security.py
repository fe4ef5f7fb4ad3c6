"""Password hashing and JSON web tokens."""

from __future__ import annotations

import hashlib
import hmac
import os
import time

import jwt

from conduit.services.errors import Unauthorized

_ITERATIONS = 120_000


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _ITERATIONS)
    return f"pbkdf2_sha256${_ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)


class TokenCodec:
    def __init__(self, secret: str, ttl_seconds: int) -> None:
        self._secret = secret
        self._ttl = ttl_seconds

    def encode(self, user_id: int) -> str:
        now = int(time.time())
        return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + self._ttl}, self._secret, algorithm="HS256")

    def decode(self, token: str) -> int:
        try:
            claims = jwt.decode(token, self._secret, algorithms=["HS256"])
            return int(claims["sub"])
        except (jwt.PyJWTError, KeyError, ValueError) as exc:
            raise Unauthorized() from exc
