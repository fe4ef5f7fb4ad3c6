from fastapi import APIRouter, Depends, HTTPException

from app.deps import get_profile_service, get_user_repository

router = APIRouter(prefix="/api/profiles")


@router.get("/{username}")
def get_profile(username: str, users=Depends(get_user_repository)):
    user = users.by_username(username)
    if user is None:
        raise HTTPException(404)
    return {"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}}


@router.post("/{username}/follow")
def follow(username: str, service=Depends(get_profile_service)):
    return {"profile": service.follow(0, username)}
