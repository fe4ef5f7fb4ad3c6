"""Password hashing (werkzeug's PBKDF2/scrypt helpers) and JSON web tokens."""

from __future__ import annotations

import time

import jwt
from werkzeug.security import check_password_hash, generate_password_hash

from conduit.services.errors import Unauthorized


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="pbkdf2:sha256:260000", salt_length=16)


def verify_password(password: str, stored: str) -> bool:
    return check_password_hash(stored, password)


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
