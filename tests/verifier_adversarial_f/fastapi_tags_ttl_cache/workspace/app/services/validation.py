"""Request validation rules."""
from __future__ import annotations

import re

from app.services.errors import Invalid

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
USERNAME = re.compile(r"^[A-Za-z0-9_-]{3,32}$")


def check_user(data: dict, *, creating: bool) -> None:
    errors: dict[str, list[str]] = {}
    email, username, password = data.get("email"), data.get("username"), data.get("password")
    if creating or email is not None:
        if not isinstance(email, str) or len(email) > 254 or not EMAIL.match(email):
            errors["email"] = ["is invalid"]
    if creating or username is not None:
        if not isinstance(username, str) or not USERNAME.match(username):
            errors["username"] = ["is invalid"]
    if creating or password is not None:
        if not isinstance(password, str) or not 8 <= len(password) <= 72:
            errors["password"] = ["must be 8 to 72 characters"]
    if errors:
        error = Invalid("body", "invalid")
        error.errors = errors
        raise error
