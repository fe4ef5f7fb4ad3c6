"""Users and profiles endpoints."""

from __future__ import annotations

from fastapi import APIRouter, Body, Depends, status

from conduit.deps import current_user, get_services, optional_user, token
from conduit.services import Services

router = APIRouter(prefix="/api")


@router.post("/users", status_code=status.HTTP_201_CREATED)
def register(body: dict = Body(...), services: Services = Depends(get_services)):
    return {"user": services.users.register(body.get("user") or {})}


@router.post("/users/login")
def login(body: dict = Body(...), services: Services = Depends(get_services)):
    return {"user": services.users.login(body.get("user") or {})}


@router.get("/user")
def me(user=Depends(current_user), tok: str = Depends(token), services: Services = Depends(get_services)):
    return {"user": services.users.current(user, tok)}


@router.put("/user")
def update_me(body: dict = Body(...), user=Depends(current_user), tok: str = Depends(token),
              services: Services = Depends(get_services)):
    return {"user": services.users.update(user, body.get("user") or {}, tok)}


@router.get("/profiles/{username}")
def profile(username: str, viewer=Depends(optional_user), services: Services = Depends(get_services)):
    return {"profile": services.profiles.get(username, viewer)}


@router.post("/profiles/{username}/follow")
def follow(username: str, user=Depends(current_user), services: Services = Depends(get_services)):
    return {"profile": services.profiles.follow(username, user, True)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, user=Depends(current_user), services: Services = Depends(get_services)):
    return {"profile": services.profiles.follow(username, user, False)}
