"""Helpers shared by the blueprints: the wired services, the JSON envelope, the current user."""

from __future__ import annotations

from typing import Any

from flask import current_app, g, request

from conduit.models.user import User
from conduit.services.errors import Unauthorized, ValidationFailed


def services() -> Any:
    return current_app.extensions["conduit"]


def envelope(key: str) -> dict[str, Any]:
    payload = request.get_json(silent=True)
    inner = payload.get(key) if isinstance(payload, dict) else None
    if not isinstance(inner, dict):
        raise ValidationFailed("is missing", field=key)
    return inner


def optional_user() -> User | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme not in ("Token", "Bearer") or not token.strip():
        return None
    g.current_user = services().users.authenticate(token.strip())
    return g.current_user


def required_user() -> User:
    user = optional_user()
    if user is None:
        raise Unauthorized()
    return user
