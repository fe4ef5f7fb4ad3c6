"""Password hashing (salted PBKDF2) and JWT access tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

import jwt

from conduit.services.errors import Unauthorized


class PasswordHasher:
    """Salted PBKDF2-HMAC-SHA256 in a self-describing string; the cost comes from the task's policy
    (20 000 iterations, ~10 ms, unless a password-storage rule asks for more)."""

    def __init__(self, iterations: int = 20_000) -> None:
        self.iterations = iterations

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, self.iterations)
        return f"pbkdf2_sha256${self.iterations}${salt.hex()}${digest.hex()}"

    def verify(self, password: str, stored: str) -> bool:
        try:
            scheme, iterations, salt_hex, digest_hex = stored.split("$")
        except ValueError:
            return False
        if scheme != "pbkdf2_sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations))
        return hmac.compare_digest(digest.hex(), digest_hex)


class TokenIssuer:
    algorithm = "HS256"

    def __init__(self, secret: str, lifetime: timedelta = timedelta(days=7)) -> None:
        self.secret = secret
        self.lifetime = lifetime

    def issue(self, user_id: int, username: str) -> str:
        now = datetime.now(UTC)
        claims = {"sub": str(user_id), "username": username, "iat": now, "exp": now + self.lifetime}
        return jwt.encode(claims, self.secret, algorithm=self.algorithm)

    def user_id(self, token: str) -> int:
        try:
            claims = jwt.decode(token, self.secret, algorithms=[self.algorithm])
            return int(claims["sub"])
        except (jwt.PyJWTError, KeyError, TypeError, ValueError) as exc:
            raise Unauthorized("invalid or expired token") from exc
