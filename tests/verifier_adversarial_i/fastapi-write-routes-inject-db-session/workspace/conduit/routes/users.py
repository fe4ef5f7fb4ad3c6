from fastapi import APIRouter, Body, Depends

from conduit.routes.auth import optional_user, required_user
from conduit.services.users import user_service

router = APIRouter(prefix="/api")


@router.post("/users", status_code=201)
def register(payload: dict = Body(...)):
    return {"user": user_service.register(payload.get("user") or {})}


@router.post("/users/login")
def login(payload: dict = Body(...)):
    return {"user": user_service.login(payload.get("user") or {})}


@router.get("/user")
def current_user(auth=Depends(required_user)):
    user, token = auth
    return {"user": user_service.current(user, token)}


@router.put("/user")
def update_user(payload: dict = Body(...), auth=Depends(required_user)):
    user, token = auth
    return {"user": user_service.update(user, token, payload.get("user") or {})}


@router.get("/profiles/{username}")
def profile(username: str, auth=Depends(optional_user)):
    return {"profile": user_service.profile(username, auth[0])}


@router.post("/profiles/{username}/follow")
def follow(username: str, auth=Depends(required_user)):
    return {"profile": user_service.set_following(auth[0], username, True)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, auth=Depends(required_user)):
    return {"profile": user_service.set_following(auth[0], username, False)}
