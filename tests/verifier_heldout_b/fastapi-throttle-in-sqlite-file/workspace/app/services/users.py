"""Use cases around users: registration, login, the current user and profiles."""
from __future__ import annotations

from app.models import User
from app.repositories.users import UserRepository
from app.services import security, validation
from app.services.errors import Conflict, NotFound, Unauthorized
from app.services.throttle import LoginThrottle


class UserService:
    def __init__(self, users: UserRepository, throttle: LoginThrottle):
        self.users = users
        self.throttle = throttle

    def _taken(self, email: str | None, username: str | None, me: int | None = None) -> None:
        taken: dict[str, list[str]] = {}
        if email and (other := self.users.by_email(email)) and other.id != me:
            taken["email"] = ["has already been taken"]
        if username and (other := self.users.by_username(username)) and other.id != me:
            taken["username"] = ["has already been taken"]
        if taken:
            raise Conflict(fields=taken)

    def register(self, payload) -> dict:
        data = validation.user_fields(validation.section(payload, "user"), creating=True)
        self._taken(data["email"], data["username"])
        user = self.users.add(User(email=data["email"], username=data["username"], password_hash=security.hash_password(data["password"])))
        if user is None:
            raise Conflict("email or username already taken", key="username")
        return self.user_body(user)

    def login(self, payload, client: str) -> dict:
        self.throttle.check(client)
        data = validation.section(payload, "user")
        problems = {f: ["can't be blank"] for f in ("email", "password") if not isinstance(data.get(f), str) or not data.get(f)}
        if problems:
            raise validation.ValidationFailed(fields=problems)
        user = self.users.by_email(data["email"])
        if user is None or not security.verify_password(data["password"], user.password_hash):
            raise Unauthorized("email or password is invalid", key="credentials")
        return self.user_body(user)

    def authenticate(self, header: str | None) -> User:
        if not header or not header.startswith("Token "):
            raise Unauthorized("missing or malformed authorization header")
        user_id = security.read_token(header[len("Token "):].strip())
        user = self.users.by_id(user_id) if user_id is not None else None
        if user is None:
            raise Unauthorized("token is invalid or expired")
        return user

    def optional_user(self, header: str | None) -> User | None:
        return self.authenticate(header) if header else None

    def update(self, user: User, payload) -> dict:
        data = validation.user_fields(validation.section(payload, "user"), creating=False)
        self._taken(data.get("email"), data.get("username"), me=user.id)
        for field in ("email", "username", "bio", "image"):
            if field in data:
                setattr(user, field, data[field])
        if data.get("password"):
            user.password_hash = security.hash_password(data["password"])
        return self.user_body(self.users.save(user))

    def user_body(self, user: User) -> dict:
        return {"user": {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": security.issue_token(user.id)}}

    def profile(self, username: str, viewer: User | None) -> dict:
        user = self.users.by_username(username)
        if user is None:
            raise NotFound("profile not found")
        return {"profile": self.profile_of(user, viewer)}

    def profile_of(self, user: User, viewer: User | None) -> dict:
        following = bool(viewer) and self.users.is_following(viewer.id, user.id)
        return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}

    def follow(self, viewer: User, username: str, follow: bool) -> dict:
        user = self.users.by_username(username)
        if user is None:
            raise NotFound("profile not found")
        if follow:
            self.users.follow(viewer.id, user.id)
        else:
            self.users.unfollow(viewer.id, user.id)
        return {"profile": self.profile_of(user, viewer)}
