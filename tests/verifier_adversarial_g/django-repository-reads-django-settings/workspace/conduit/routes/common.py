"""Shared view plumbing: JSON envelopes, the current user, method dispatch and error translation."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, JsonResponse

from conduit.models.user import User
from conduit.services.errors import Forbidden, NotFound, ServiceError, Unauthorized, ValidationFailed

Handler = Callable[..., JsonResponse]
_STATUS = ((Unauthorized, 401), (Forbidden, 403), (NotFound, 404))


def envelope(request: HttpRequest, key: str) -> dict[str, Any]:
    try:
        payload = json.loads(request.body or b"{}")
    except json.JSONDecodeError as exc:
        raise ValidationFailed("is not valid JSON", field="body") from exc
    inner = payload.get(key) if isinstance(payload, dict) else None
    if not isinstance(inner, dict):
        raise ValidationFailed("is missing", field=key)
    return inner


def error_response(error: ServiceError) -> JsonResponse:
    status = next((code for kind, code in _STATUS if isinstance(error, kind)), 422)
    return JsonResponse({"errors": error.as_errors()}, status=status)


def methods(**handlers: Handler) -> Handler:
    """One Django view per URL that dispatches on the HTTP method."""

    def view(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
        handler = handlers.get(request.method.lower())
        if handler is None:
            return JsonResponse({"errors": {"method": ["not allowed"]}}, status=405)
        try:
            return handler(request, *args, **kwargs)
        except ServiceError as error:
            return error_response(error)

    return view


class ViewSet:
    """Base of the view groups: holds the wired services and resolves the requesting user."""

    def __init__(self, services: Any) -> None:
        self.services = services

    def viewer(self, request: HttpRequest) -> User | None:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme not in ("Token", "Bearer") or not token.strip():
            return None
        return self.services.users.authenticate(token.strip())

    def me(self, request: HttpRequest) -> User:
        user = self.viewer(request)
        if user is None:
            raise Unauthorized()
        return user
