"""Shared handler plumbing: the services key, JSON envelopes, the current user and error translation."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from conduit.models.user import User
from conduit.services.errors import ServiceError, Unauthorized, ValidationFailed

SERVICES: web.AppKey[Any] = web.AppKey("services")


def services(request: web.Request) -> Any:
    return request.app[SERVICES]


async def envelope(request: web.Request, key: str) -> dict[str, Any]:
    try:
        payload = await request.json()
    except json.JSONDecodeError as exc:
        raise ValidationFailed("is not valid JSON", field="body") from exc
    inner = payload.get(key) if isinstance(payload, dict) else None
    if not isinstance(inner, dict):
        raise ValidationFailed("is missing", field=key)
    return inner


def viewer(request: web.Request) -> User | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme not in ("Token", "Bearer") or not token.strip():
        return None
    return services(request).users.authenticate(token.strip())


def me(request: web.Request) -> User:
    user = viewer(request)
    if user is None:
        raise Unauthorized()
    return user


@web.middleware
async def error_middleware(request: web.Request, handler: Any) -> web.StreamResponse:
    try:
        return await handler(request)
    except ServiceError as error:
        return web.json_response({"errors": error.as_errors()}, status=error.status_code)
    except web.HTTPNotFound:
        return web.json_response({"errors": {"path": ["not found"]}}, status=404)
