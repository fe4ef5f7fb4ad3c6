"""Registration, login, current user and profiles."""

from __future__ import annotations

from conduit import security
from conduit.db import session_scope
from conduit.errors import NotFound, Unauthorized, ValidationFailed
from conduit.models import User
from conduit.repositories import users as repo


def user_json(user: User) -> dict:
    return {
        "email": user.email,
        "username": user.username,
        "bio": user.bio,
        "image": user.image,
        "token": security.create_token(user.id),
    }


def profile_json(session, user: User, viewer_id: int | None) -> dict:
    following = viewer_id is not None and repo.is_following(session, viewer_id, user.id)
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}


def _require(data: dict, *fields: str) -> None:
    for field in fields:
        value = data.get(field)
        if not isinstance(value, str) or not value.strip():
            raise ValidationFailed(field, "can't be blank")


def register(data: dict) -> dict:
    _require(data, "username", "email", "password")
    with session_scope() as session:
        if repo.by_email(session, data["email"]):
            raise ValidationFailed("email", "has already been taken")
        if repo.by_username(session, data["username"]):
            raise ValidationFailed("username", "has already been taken")
        user = repo.add(
            session,
            User(
                email=data["email"],
                username=data["username"],
                password_hash=security.hash_password(data["password"]),
            ),
        )
        return user_json(user)


def login(data: dict) -> dict:
    _require(data, "email", "password")
    with session_scope() as session:
        user = repo.by_email(session, data["email"])
        if user is None or not security.verify_password(data["password"], user.password_hash):
            raise Unauthorized("email or password is invalid")
        return user_json(user)


def current(user_id: int) -> dict:
    with session_scope() as session:
        user = repo.by_id(session, user_id)
        if user is None:
            raise Unauthorized()
        return user_json(user)


def update(user_id: int, data: dict) -> dict:
    with session_scope() as session:
        user = repo.by_id(session, user_id)
        if user is None:
            raise Unauthorized()
        for field in ("email", "username", "bio", "image"):
            if field in data:
                setattr(user, field, data[field])
        if data.get("password"):
            user.password_hash = security.hash_password(data["password"])
        session.flush()
        return user_json(user)


def profile(username: str, viewer_id: int | None) -> dict:
    with session_scope() as session:
        user = repo.by_username(session, username)
        if user is None:
            raise NotFound("profile")
        return profile_json(session, user, viewer_id)


def set_following(username: str, viewer_id: int, follow: bool) -> dict:
    with session_scope() as session:
        user = repo.by_username(session, username)
        if user is None:
            raise NotFound("profile")
        if follow:
            repo.follow(session, viewer_id, user.id)
        else:
            repo.unfollow(session, viewer_id, user.id)
        session.flush()
        return profile_json(session, user, viewer_id)


def resolve_token(header: str | None, required: bool) -> int | None:
    token = security.token_from_header(header)
    if token is None:
        if required or header:
            raise Unauthorized()
        return None
    user_id = security.decode_token(token)
    if user_id is None:
        raise Unauthorized()
    with session_scope() as session:
        if repo.by_id(session, user_id) is None:
            raise Unauthorized()
    return user_id
