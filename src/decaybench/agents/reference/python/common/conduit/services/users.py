"""Registration, login, the current user, and resolving who a token belongs to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from conduit.models import User
from conduit.repositories import Database, UnitOfWork
from conduit.services.errors import Unauthorized, ValidationFailed
from conduit.services.presenters import user_json
from conduit.services.retry import retry_on_conflict
from conduit.services.security import PasswordHasher, TokenIssuer
from conduit.services.validation import optional_text, required_text


class UserService:
    def __init__(self, database: Database, hasher: PasswordHasher, tokens: TokenIssuer) -> None:
        self.database = database
        self.hasher = hasher
        self.tokens = tokens

    def viewer_id(self, token: str | None) -> int | None:
        """The id of the token's user; ``None`` without a token; Unauthorized for a bad one."""
        if token is None:
            return None
        user_id = self.tokens.user_id(token)
        with self.database.unit_of_work() as uow:
            if uow.users.by_id(user_id) is None:
                raise Unauthorized("the token's user no longer exists")
        return user_id

    def _present(self, user: User) -> dict[str, Any]:
        return {"user": user_json(user, self.tokens.issue(user.id, user.username))}

    @staticmethod
    def _current(uow: UnitOfWork, viewer_id: int | None) -> User:
        user = uow.users.by_id(viewer_id) if viewer_id is not None else None
        if user is None:
            raise Unauthorized()
        return user

    @retry_on_conflict
    def register(self, data: Mapping[str, Any]) -> dict[str, Any]:
        username = required_text(data, "username").strip()
        email = required_text(data, "email").strip()
        password = required_text(data, "password")
        with self.database.unit_of_work() as uow:
            problems = []
            if uow.users.username_taken(username):
                problems.append("username has already been taken")
            if uow.users.email_taken(email):
                problems.append("email has already been taken")
            if problems:
                raise ValidationFailed(*problems)
            user = uow.users.add(User(username=username, email=email, password_hash=self.hasher.hash(password)))
            uow.commit()
            return self._present(user)

    def login(self, data: Mapping[str, Any]) -> dict[str, Any]:
        email = required_text(data, "email").strip()
        password = required_text(data, "password")
        with self.database.unit_of_work() as uow:
            user = uow.users.by_email(email)
            if user is None or not self.hasher.verify(password, user.password_hash):
                raise Unauthorized("email or password is invalid")
            return self._present(user)

    def current(self, viewer_id: int | None) -> dict[str, Any]:
        with self.database.unit_of_work() as uow:
            return self._present(self._current(uow, viewer_id))

    @retry_on_conflict
    def update(self, viewer_id: int | None, data: Mapping[str, Any]) -> dict[str, Any]:
        username = optional_text(data, "username")
        email = optional_text(data, "email")
        password = optional_text(data, "password")
        # bio and image may be cleared: "" or null are accepted.
        bio_given, image_given = "bio" in data, "image" in data
        bio = optional_text(data, "bio", blank_ok=True)
        image = optional_text(data, "image", blank_ok=True)
        with self.database.unit_of_work() as uow:
            user = self._current(uow, viewer_id)
            problems = []
            if username is not None and uow.users.username_taken(username.strip(), except_id=user.id):
                problems.append("username has already been taken")
            if email is not None and uow.users.email_taken(email.strip(), except_id=user.id):
                problems.append("email has already been taken")
            if problems:
                raise ValidationFailed(*problems)
            if username is not None:
                user.username = username.strip()
            if email is not None:
                user.email = email.strip()
            if password is not None:
                user.password_hash = self.hasher.hash(password)
            if bio_given:
                user.bio = bio
            if image_given:
                user.image = image
            uow.commit()
            return self._present(user)
