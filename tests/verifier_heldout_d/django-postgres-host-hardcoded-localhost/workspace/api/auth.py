"""Tokens and the view decorator that resolves the current user."""

from __future__ import annotations

import functools
import json
from datetime import datetime, timedelta, timezone

import jwt
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from api.models import User


class ApiError(Exception):
    def __init__(self, status: int, message: str, key: str = "body") -> None:
        super().__init__(message)
        self.status, self.message, self.key = status, message, key


def make_token(user: User) -> str:
    payload = {"sub": str(user.pk), "exp": datetime.now(timezone.utc) + timedelta(days=14)}
    return jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256")


def resolve(request) -> tuple[User | None, str | None]:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        return None, None
    token = header[6:].strip()
    try:
        user_id = int(jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None, None
    return User.objects.filter(pk=user_id).first(), token


def body(request, key: str) -> dict:
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return {}
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def api_view(methods: list[str], auth: str = "optional", auth_methods: tuple[str, ...] = ()):
    """auth: "optional" or "required"; auth_methods: methods that require a user even when auth is optional."""

    def decorate(view):
        @csrf_exempt
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in methods:
                return JsonResponse({"errors": {"body": ["method not allowed"]}}, status=405)
            request.conduit_user, request.conduit_token = resolve(request)
            needs = auth == "required" or request.method in auth_methods
            if needs and request.conduit_user is None:
                return JsonResponse({"errors": {"body": ["authentication required"]}}, status=401)
            try:
                result, status = view(request, *args, **kwargs)
            except ApiError as error:
                return JsonResponse({"errors": {error.key: [error.message]}}, status=error.status)
            return JsonResponse(result, status=status)

        return wrapper

    return decorate
