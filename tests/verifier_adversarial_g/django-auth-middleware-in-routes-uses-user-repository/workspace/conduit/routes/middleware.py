"""Token authentication: resolves `Authorization: Token <jwt>` to the user before the views run."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

from conduit.repositories.users import UserRepository
from conduit.services.errors import Unauthorized
from conduit.services.security import TokenCodec

_users: UserRepository | None = None
_tokens: TokenCodec | None = None


def configure(users: UserRepository, tokens: TokenCodec) -> None:
    global _users, _tokens
    _users, _tokens = users, tokens


def _unauthorized() -> JsonResponse:
    return JsonResponse({"errors": {"token": ["missing or invalid token"]}}, status=401)


class TokenAuthenticationMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.conduit_user = None  # type: ignore[attr-defined]
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme in ("Token", "Bearer") and token.strip():
            assert _users is not None and _tokens is not None, "middleware not configured"
            try:
                user_id = _tokens.decode(token.strip())
            except Unauthorized:
                return _unauthorized()
            user = _users.get_by_id(user_id)
            if user is None:
                return _unauthorized()
            request.conduit_user = user  # type: ignore[attr-defined]
        return self.get_response(request)
