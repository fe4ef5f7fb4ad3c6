"""Dependency providers: the services built once at start-up, and the current user."""

from __future__ import annotations

from fastapi import Depends, Header, Request

from app.use_cases import Services


def get_services(request: Request) -> Services:
    return request.app.state.services


def current_user(authorization: str | None = Header(default=None), services: Services = Depends(get_services)):
    return services.users.authenticate(authorization)


def optional_user(authorization: str | None = Header(default=None), services: Services = Depends(get_services)):
    return services.users.optional_user(authorization)


def token(authorization: str | None = Header(default=None)) -> str:
    return (authorization or "").removeprefix("Token ").strip()
