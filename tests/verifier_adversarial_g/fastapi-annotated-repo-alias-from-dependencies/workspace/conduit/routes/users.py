"""Users, the current user and profiles."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from conduit.dependencies import CurrentUser, OptionalUser, ServicesDep, UserRepo, envelope
from conduit.services.errors import NotFound

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
def get_profile(username: str, services: ServicesDep, users: UserRepo, viewer: OptionalUser) -> dict[str, Any]:
    user = users.get_by_username(username)
    if user is None:
        raise NotFound("profile")
    return {"profile": services.profiles.present(user, viewer)}


@router.post("/profiles/{username}/follow")
def follow(username: str, services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": services.profiles.follow(username, me)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": services.profiles.unfollow(username, me)}
