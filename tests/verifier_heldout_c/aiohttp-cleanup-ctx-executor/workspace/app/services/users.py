import hashlib
import hmac
import os
import time

import jwt

from app.repositories.users import UserRepository
from app.services.errors import Conflict, Invalid, NotFound, Unauthorized

SECRET = os.environ.get("JWT_SECRET", "conduit-secret-change-me")


def _hash(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000)
    return salt.hex() + "$" + digest.hex()


def _check(password: str, stored: str) -> bool:
    salt, _, _digest = stored.partition("$")
    return hmac.compare_digest(_hash(password, bytes.fromhex(salt)), stored)


class UserService:
    def __init__(self, users: UserRepository | None = None):
        self.users = users or UserRepository()

    def token_for(self, user) -> str:
        return jwt.encode({"sub": str(user.id), "exp": int(time.time()) + 86400}, SECRET, algorithm="HS256")

    def user_from_token(self, token: str):
        try:
            payload = jwt.decode(token, SECRET, algorithms=["HS256"])
        except jwt.PyJWTError as exc:
            raise Unauthorized("invalid token") from exc
        user = self.users.get(int(payload["sub"]))
        if user is None:
            raise Unauthorized("invalid token")
        return user

    def register(self, username: str, email: str, password: str):
        for field, value in (("username", username), ("email", email), ("password", password)):
            if not value:
                raise Invalid("can't be blank", key=field)
        taken = self.users.taken(email, username)
        if taken:
            raise Conflict("has already been taken", key=taken[0])
        return self.users.add(username=username, email=email, password_hash=_hash(password))

    def login(self, email: str, password: str):
        user = self.users.by_email(email)
        if user is None or not _check(password, user.password_hash):
            raise Unauthorized("email or password is invalid")
        return user

    def update(self, user, **fields):
        if "password" in fields:
            fields["password_hash"] = _hash(fields.pop("password"))
        taken = self.users.taken(fields.get("email", ""), fields.get("username", ""), exclude_id=user.id)
        if taken:
            raise Conflict("has already been taken", key=taken[0])
        return self.users.update(user.id, **fields)

    def profile(self, username: str, viewer=None) -> dict:
        target = self.users.by_username(username)
        if target is None:
            raise NotFound("profile not found")
        following = bool(viewer) and self.users.is_following(viewer.id, target.id)
        return {"username": target.username, "bio": target.bio, "image": target.image, "following": following}

    def follow(self, viewer, username: str, on: bool) -> dict:
        target = self.users.by_username(username)
        if target is None:
            raise NotFound("profile not found")
        self.users.set_following(viewer.id, target.id, on)
        return self.profile(username, viewer)
