"""Users, the current user and profiles."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from conduit.dependencies import CurrentUser, OptionalUser, ServicesDep
from conduit.schemas.requests import LoginBody, NewUserBody, UserChangesBody

router = APIRouter(tags=["users"])


@router.post("/users", status_code=201)
def register(services: ServicesDep, body: NewUserBody) -> dict[str, Any]:
    return {"user": services.users.register(body.user.model_dump())}


@router.post("/users/login")
def login(services: ServicesDep, body: LoginBody) -> dict[str, Any]:
    return {"user": services.users.login(body.user.model_dump())}


@router.get("/user")
def get_current_user(services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"user": services.users.present(me)}


@router.put("/user")
def update_current_user(services: ServicesDep, me: CurrentUser, body: UserChangesBody) -> dict[str, Any]:
    return {"user": services.users.update(me, body.user.model_dump(exclude_unset=True))}


@router.get("/profiles/{username}")
def get_profile(username: str, services: ServicesDep, viewer: OptionalUser) -> dict[str, Any]:
    return {"profile": services.profiles.get(username, viewer)}


@router.post("/profiles/{username}/follow")
def follow(username: str, services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": services.profiles.follow(username, me)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, services: ServicesDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": services.profiles.unfollow(username, me)}
