"""Registration, login and the current user."""

from __future__ import annotations

from conduit.models.entities import User
from conduit.repositories.users import UserRepository
from conduit.services import security
from conduit.services.errors import NotFound, Unauthorized, ValidationFailed


def user_json(user: User, token: str) -> dict:
    return {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": token}


class UserService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users

    def register(self, data: dict) -> dict:
        username, email, password = (data.get(k) for k in ("username", "email", "password"))
        for key, value in (("username", username), ("email", email), ("password", password)):
            if not isinstance(value, str) or not value.strip():
                raise ValidationFailed("can't be blank", key)
        if self.users.get_by_username(username):
            raise ValidationFailed("has already been taken", "username")
        if self.users.get_by_email(email):
            raise ValidationFailed("has already been taken", "email")
        user = self.users.add(username, email, security.hash_password(password))
        return user_json(user, security.issue_token(user.id))

    def login(self, data: dict) -> dict:
        email, password = data.get("email"), data.get("password")
        if not email or not password:
            raise ValidationFailed("can't be blank", "email" if not email else "password")
        user = self.users.get_by_email(email)
        if user is None or not security.verify_password(password, user.password_hash):
            raise Unauthorized("email or password is invalid")
        return user_json(user, security.issue_token(user.id))

    def authenticate(self, header: str | None) -> User:
        if not header or not header.startswith("Token "):
            raise Unauthorized("missing authorization")
        user_id = security.read_token(header[len("Token "):].strip())
        user = self.users.get_by_id(user_id) if user_id is not None else None
        if user is None:
            raise Unauthorized("invalid token")
        return user

    def optional_user(self, header: str | None) -> User | None:
        try:
            return self.authenticate(header) if header else None
        except Unauthorized:
            return None

    def current(self, user: User, token: str) -> dict:
        return user_json(user, token)

    def update(self, user: User, data: dict, token: str) -> dict:
        changes = {k: data[k] for k in ("username", "email", "bio", "image") if k in data}
        if data.get("password"):
            changes["password_hash"] = security.hash_password(data["password"])
        for key in ("username", "email"):
            if key in changes:
                other = (self.users.get_by_username if key == "username" else self.users.get_by_email)(changes[key])
                if other is not None and other.id != user.id:
                    raise ValidationFailed("has already been taken", key)
        updated = self.users.update(user.id, **changes)
        return user_json(updated, token)

    def require(self, username: str) -> User:
        user = self.users.get_by_username(username)
        if user is None:
            raise NotFound("profile not found")
        return user
