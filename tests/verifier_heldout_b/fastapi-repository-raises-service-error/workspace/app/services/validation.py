"""Request body validation; every failure is a 422 with one key per field."""
from __future__ import annotations

import re

from app.services.errors import ValidationFailed

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
USERNAME = re.compile(r"^[A-Za-z0-9_-]{3,32}$")


def section(payload, name: str) -> dict:
    if not isinstance(payload, dict) or not isinstance(payload.get(name), dict):
        raise ValidationFailed("must be a JSON object with a top-level '%s'" % name, key="body")
    return payload[name]


def _text(problems, data, field, limit, required):
    value = data.get(field)
    if value is None:
        if required:
            problems[field] = ["can't be blank"]
        return
    if not isinstance(value, str) or not value.strip():
        problems[field] = ["can't be blank"]
    elif len(value) > limit:
        problems[field] = [f"is too long (maximum is {limit} characters)"]


def user_fields(data: dict, *, creating: bool) -> dict:
    problems: dict[str, list[str]] = {}
    if creating or "email" in data:
        email = data.get("email")
        if not isinstance(email, str) or len(email) > 254 or not EMAIL.match(email):
            problems["email"] = ["is invalid"]
    if creating or "username" in data:
        username = data.get("username")
        if not isinstance(username, str) or not USERNAME.match(username):
            problems["username"] = ["must be 3-32 letters, digits, _ or -"]
    if creating or "password" in data:
        password = data.get("password")
        if not isinstance(password, str) or not 8 <= len(password) <= 72:
            problems["password"] = ["must be 8-72 characters"]
    if data.get("bio") is not None and (not isinstance(data["bio"], str) or len(data["bio"]) > 1000):
        problems["bio"] = ["is too long (maximum is 1000 characters)"]
    image = data.get("image")
    if image not in (None, "") and (not isinstance(image, str) or len(image) > 2000 or not image.startswith(("http://", "https://"))):
        problems["image"] = ["must be an http(s) URL"]
    if problems:
        raise ValidationFailed(fields=problems)
    return data


def article_fields(data: dict, *, creating: bool) -> dict:
    problems: dict[str, list[str]] = {}
    for field, limit in (("title", 120), ("description", 255), ("body", 20000)):
        if creating or field in data:
            _text(problems, data, field, limit, required=True)
    tags = data.get("tagList")
    if tags is not None:
        if not isinstance(tags, list) or len(tags) > 10 or any(not isinstance(t, str) or not 1 <= len(t.strip()) <= 32 for t in tags):
            problems["tagList"] = ["must be a list of at most 10 tags of 1-32 characters"]
    if problems:
        raise ValidationFailed(fields=problems)
    return data


def comment_fields(data: dict) -> dict:
    problems: dict[str, list[str]] = {}
    _text(problems, data, "body", 5000, required=True)
    if problems:
        raise ValidationFailed(fields=problems)
    return data
