"""Passwords, tokens and the auth decorators."""

from __future__ import annotations

import functools
import os
from datetime import datetime, timedelta, timezone

import jwt
from flask import g, request
from werkzeug.security import check_password_hash, generate_password_hash

from conduit import store

SECRET = os.environ.get("JWT_SECRET", "change-me-in-production")


class ApiError(Exception):
    def __init__(self, status: int, message: str, key: str = "body") -> None:
        super().__init__(message)
        self.status, self.message, self.key = status, message, key


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="pbkdf2:sha256:600000")


def check_password(stored: str, password: str) -> bool:
    return check_password_hash(stored, password)


def make_token(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id), "exp": datetime.now(timezone.utc) + timedelta(days=14)}, SECRET, "HS256")


def _current_user():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        return None, None
    token = header[6:].strip()
    try:
        user_id = int(jwt.decode(token, SECRET, algorithms=["HS256"])["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None, None
    return store.user_by_id(user_id), token


def login_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        g.user, g.token = _current_user()
        if g.user is None:
            raise ApiError(401, "authentication required")
        return view(*args, **kwargs)

    return wrapper


def login_optional(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        g.user, g.token = _current_user()
        return view(*args, **kwargs)

    return wrapper
