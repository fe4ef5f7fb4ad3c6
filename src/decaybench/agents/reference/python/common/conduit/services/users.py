"""Registration, login, the current user, and resolving who a token belongs to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from conduit.models import User
from conduit.repositories import Database, UnitOfWork
from conduit.services.errors import Duplicate, Unauthorized
from conduit.services.presenters import user_json
from conduit.services.retry import retry_on_conflict
from conduit.services.security import PasswordHasher, TokenIssuer
from conduit.services.throttle import LoginThrottle, NoThrottle
from conduit.services.validation import Form


class UserService:
    def __init__(
        self,
        database: Database,
        hasher: PasswordHasher,
        tokens: TokenIssuer,
        throttle: LoginThrottle | NoThrottle | None = None,
    ) -> None:
        self.database = database
        self.hasher = hasher
        self.tokens = tokens
        self.throttle = throttle or NoThrottle()

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
        form = Form(data)
        username = form.username(required=True) or ""
        email = form.email(required=True) or ""
        password = form.text("password", required=True) or ""
        form.check()
        with self.database.unit_of_work() as uow:
            self._refuse_taken(uow, username, email)
            user = uow.users.add(User(username=username, email=email, password_hash=self.hasher.hash(password)))
            uow.commit()
            return self._present(user)

    @staticmethod
    def _refuse_taken(uow: UnitOfWork, username: str | None, email: str | None, except_id: int | None = None) -> None:
        taken: dict[str, list[str]] = {}
        if username is not None and uow.users.username_taken(username, except_id=except_id):
            taken["username"] = ["has already been taken"]
        if email is not None and uow.users.email_taken(email, except_id=except_id):
            taken["email"] = ["has already been taken"]
        if taken:
            raise Duplicate.about(taken)

    def admit_login(self, client: str) -> None:
        """Count a login attempt by ``client``; TooManyRequests past the task's rate limit."""
        self.throttle.admit(client)

    def login(self, data: Mapping[str, Any]) -> dict[str, Any]:
        form = Form(data)
        email = (form.text("email", required=True) or "").strip()
        password = form.text("password", required=True, limit="login") or ""
        form.check()
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
        form = Form(data)
        username = form.username()
        email = form.email()
        password = form.text("password")
        # bio and image may be cleared: "" or null are accepted.
        bio_given, image_given = "bio" in data, "image" in data
        bio = form.text("bio", nullable=True)
        image = form.image()
        form.check()
        with self.database.unit_of_work() as uow:
            user = self._current(uow, viewer_id)
            self._refuse_taken(uow, username, email, except_id=user.id)
            if username is not None:
                user.username = username
            if email is not None:
                user.email = email
            if password is not None:
                user.password_hash = self.hasher.hash(password)
            if bio_given:
                user.bio = bio
            if image_given:
                user.image = image
            uow.commit()
            return self._present(user)
