"""Registration, login, profile and follow use cases."""
from __future__ import annotations

from app.db import session_scope
from app.models import User
from app.repositories.users import UserRepository
from app.services import security
from app.services.errors import Invalid, NotFound, Taken, Unauthorized
from app.services.validation import check_user


def present_user(user: User) -> dict:
    return {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image,
            "token": security.issue_token(user.id)}


def present_profile(user: User, viewer: User | None) -> dict:
    following = bool(viewer and any(u.id == user.id for u in viewer.following))
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}


def register(data: dict) -> dict:
    check_user(data, creating=True)
    with session_scope() as session:
        users = UserRepository(session)
        taken = {}
        if users.by_username(data["username"]):
            taken["username"] = ["has already been taken"]
        if users.by_email(data["email"]):
            taken["email"] = ["has already been taken"]
        if taken:
            error = Taken("username", "has already been taken")
            error.errors = taken
            raise error
        user = users.add(User(email=data["email"], username=data["username"],
                              password_hash=security.hash_password(data["password"])))
        return present_user(user)


def login(data: dict) -> dict:
    if not data.get("email") or not data.get("password"):
        raise Invalid("body", "email and password are required")
    with session_scope() as session:
        user = UserRepository(session).by_email(data["email"])
        if user is None or not security.verify_password(data["password"], user.password_hash):
            raise Unauthorized("body", "invalid credentials")
        return present_user(user)


def current(user_id: int) -> dict:
    with session_scope() as session:
        user = UserRepository(session).by_id(user_id)
        if user is None:
            raise Unauthorized("body", "unknown user")
        return present_user(user)


def profile(username: str, viewer_id: int | None) -> dict:
    with session_scope() as session:
        users = UserRepository(session)
        user = users.by_username(username)
        if user is None:
            raise NotFound("body", "profile not found")
        viewer = users.by_id(viewer_id) if viewer_id else None
        return present_profile(user, viewer)
