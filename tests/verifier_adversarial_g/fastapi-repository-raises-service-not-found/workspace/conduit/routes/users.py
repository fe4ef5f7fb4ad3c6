"""Users, the current user and profiles."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from conduit.dependencies import CurrentUser, OptionalUser, ServicesDep, envelope

router = APIRouter(tags=["users"])


@router.post("/users", status_code=201)
def register(services: ServicesDep, user: dict[str, Any] = envelope("user")) -> dict[str, Any]:
    return {"user": services.users.register(user)}


@router.post("/users/login")
def login(services: ServicesDep, user: dict[str, Any] = envelope("user")) -> dict[str, Any]:
    return {"user": services.users.login(user)}


@router.get("/user")
def get_current_user(services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"user": services.users.present(me)}


@router.put("/user")
def update_current_user(services: ServicesDep, me: CurrentUser, user: dict[str, Any] = envelope("user")) -> dict[str, Any]:
    return {"user": services.users.update(me, user)}


@router.get("/profiles/{username}")
def get_profile(username: str, services: ServicesDep, viewer: OptionalUser) -> dict[str, Any]:
    return {"profile": services.profiles.get(username, viewer)}


@router.post("/profiles/{username}/follow")
def follow(username: str, services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": services.profiles.follow(username, me)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": services.profiles.unfollow(username, me)}
