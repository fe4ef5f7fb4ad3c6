"""ApiView: JSON in and out, the current user, service errors turned into responses."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import View

from conduit.models.user import User
from conduit.services.errors import Forbidden, NotFound, ServiceError, Unauthorized, ValidationFailed

_STATUS = ((Unauthorized, 401), (Forbidden, 403), (NotFound, 404))


class ApiView(View):
    services: Any = None  # injected through as_view(services=...)

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return super().dispatch(request, *args, **kwargs)
        except ServiceError as error:
            status = next((code for kind, code in _STATUS if isinstance(error, kind)), 422)
            return JsonResponse({"errors": error.as_errors()}, status=status)

    def http_method_not_allowed(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return JsonResponse({"errors": {"method": ["not allowed"]}}, status=405)

    def envelope(self, key: str) -> dict[str, Any]:
        try:
            payload = json.loads(self.request.body or b"{}")
        except json.JSONDecodeError as exc:
            raise ValidationFailed("is not valid JSON", field="body") from exc
        inner = payload.get(key) if isinstance(payload, dict) else None
        if not isinstance(inner, dict):
            raise ValidationFailed("is missing", field=key)
        return inner

    @property
    def viewer(self) -> User | None:
        scheme, _, token = self.request.headers.get("Authorization", "").partition(" ")
        if scheme not in ("Token", "Bearer") or not token.strip():
            return None
        return self.services.users.authenticate(token.strip())

    @property
    def me(self) -> User:
        user = self.viewer
        if user is None:
            raise Unauthorized()
        return user
