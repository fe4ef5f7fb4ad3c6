"""Token authentication for the JSON views."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from django.conf import settings
from django.http import JsonResponse

from realworld.models import User


def hash_password(password: str) -> str:
    salt = secrets.token_hex(16)
    return salt + "$" + hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 50_000).hex()


def check_password(password: str, stored: str) -> bool:
    salt, _, digest = stored.partition("$")
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 50_000).hex(), digest)


def make_token(user: User) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": str(user.pk), "exp": now + timedelta(days=7)}, settings.SECRET_KEY, algorithm="HS256")


def unauthorized() -> JsonResponse:
    return JsonResponse({"errors": {"body": ["unauthorized"]}}, status=401)


def resolve(request):
    header = request.headers.get("Authorization", "")
    if not header:
        return None, False
    scheme, _, token = header.partition(" ")
    if scheme not in ("Token", "Bearer") or not token:
        return None, True
    try:
        payload = jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256"])
        return User.objects.get(pk=int(payload["sub"])), False
    except (jwt.PyJWTError, KeyError, ValueError, User.DoesNotExist):
        return None, True


def auth(required: bool):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            user, bad = resolve(request)
            if bad or (required and user is None):
                return unauthorized()
            request.conduit_user = user
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
