"""Registration, login, the current user and profiles."""

from __future__ import annotations

import re
from typing import Any

from conduit.models.user import User
from conduit.repositories.users import UserRepository
from conduit.services.errors import Conflict, NotFound, Unauthorized, ValidationFailed
from conduit.services.security import TokenCodec, hash_password, verify_password

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _required(data: dict[str, Any], field: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ValidationFailed("can't be blank", field=field)
    return value.strip()


class UserService:
    def __init__(self, users: UserRepository, tokens: TokenCodec) -> None:
        self._users = users
        self._tokens = tokens

    def present(self, user: User) -> dict[str, Any]:
        return {
            "email": user.email,
            "username": user.username,
            "bio": user.bio,
            "image": user.image,
            "token": self._tokens.encode(user.id),
        }

    def register(self, data: dict[str, Any]) -> dict[str, Any]:
        username = _required(data, "username")
        email = _required(data, "email")
        password = _required(data, "password")
        if not _EMAIL.match(email):
            raise ValidationFailed("is invalid", field="email")
        if self._users.is_taken(email=email):
            raise Conflict("email")
        if self._users.is_taken(username=username):
            raise Conflict("username")
        user = self._users.add(User(username=username, email=email, password_hash=hash_password(password)))
        return self.present(user)

    def login(self, data: dict[str, Any]) -> dict[str, Any]:
        email = _required(data, "email")
        password = _required(data, "password")
        user = self._users.get_by_email(email)
        if user is None or not verify_password(password, user.password_hash):
            raise Unauthorized("email or password is invalid")
        return self.present(user)

    def authenticate(self, token: str) -> User:
        user = self._users.get_by_id(self._tokens.decode(token))
        if user is None:
            raise Unauthorized()
        return user

    def update(self, user: User, data: dict[str, Any]) -> dict[str, Any]:
        if "email" in data:
            email = _required(data, "email")
            if self._users.is_taken(email=email, except_id=user.id):
                raise Conflict("email")
            user.email = email
        if "username" in data:
            username = _required(data, "username")
            if self._users.is_taken(username=username, except_id=user.id):
                raise Conflict("username")
            user.username = username
        if data.get("password"):
            user.password_hash = hash_password(data["password"])
        for field in ("bio", "image"):
            if field in data:
                setattr(user, field, data[field])
        return self.present(self._users.save(user))


class ProfileService:
    def __init__(self, users: UserRepository) -> None:
        self._users = users

    def present(self, user: User, viewer: User | None) -> dict[str, Any]:
        following = viewer is not None and self._users.is_following(viewer.id, user.id)
        return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}

    def _find(self, username: str) -> User:
        user = self._users.get_by_username(username)
        if user is None:
            raise NotFound("profile")
        return user

    def get(self, username: str, viewer: User | None) -> dict[str, Any]:
        return self.present(self._find(username), viewer)

    def follow(self, username: str, viewer: User) -> dict[str, Any]:
        target = self._find(username)
        if target.id != viewer.id:
            self._users.follow(viewer.id, target.id)
        return self.present(target, viewer)

    def unfollow(self, username: str, viewer: User) -> dict[str, Any]:
        target = self._find(username)
        self._users.unfollow(viewer.id, target.id)
        return self.present(target, viewer)
