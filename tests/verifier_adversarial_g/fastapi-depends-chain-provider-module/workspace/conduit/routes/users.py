"""Users, the current user and profiles."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from conduit.providers import CurrentUser, OptionalUser, ProfileServiceDep, UserServiceDep, envelope

router = APIRouter(tags=["users"])


@router.post("/users", status_code=201)
def register(users: UserServiceDep, user: dict[str, Any] = envelope("user")) -> dict[str, Any]:
    return {"user": users.register(user)}


@router.post("/users/login")
def login(users: UserServiceDep, user: dict[str, Any] = envelope("user")) -> dict[str, Any]:
    return {"user": users.login(user)}


@router.get("/user")
def get_current_user(users: UserServiceDep, me: CurrentUser) -> dict[str, Any]:
    return {"user": users.present(me)}


@router.put("/user")
def update_current_user(users: UserServiceDep, me: CurrentUser, user: dict[str, Any] = envelope("user")) -> dict[str, Any]:
    return {"user": users.update(me, user)}


@router.get("/profiles/{username}")
def get_profile(username: str, profiles: ProfileServiceDep, viewer: OptionalUser) -> dict[str, Any]:
    return {"profile": profiles.get(username, viewer)}


@router.post("/profiles/{username}/follow")
def follow(username: str, profiles: ProfileServiceDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": profiles.follow(username, me)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, profiles: ProfileServiceDep, me: CurrentUser) -> dict[str, Any]:
    return {"profile": profiles.unfollow(username, me)}
