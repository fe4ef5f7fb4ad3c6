"""FastAPI dependency providers: the wired services, request envelopes and the authenticated user."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Depends, Header, Request

from conduit.container import Services
from conduit.models.user import User
from conduit.services.errors import Unauthorized, ValidationFailed


def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


def envelope(key: str) -> Any:
    def extract(payload: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
        inner = payload.get(key)
        if not isinstance(inner, dict):
            raise ValidationFailed("is missing", field=key)
        return inner

    return Depends(extract)


def _token(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    return token.strip() if scheme in ("Token", "Bearer") and token.strip() else None


def optional_user(services: ServicesDep, authorization: Annotated[str | None, Header()] = None) -> User | None:
    token = _token(authorization)
    return services.users.authenticate(token) if token else None


def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise Unauthorized()
    return user


OptionalUser = Annotated[User | None, Depends(optional_user)]
CurrentUser = Annotated[User, Depends(current_user)]
