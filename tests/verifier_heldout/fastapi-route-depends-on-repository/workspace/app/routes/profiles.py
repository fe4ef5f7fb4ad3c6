from fastapi import APIRouter, Depends, HTTPException

from ..dependencies import get_user_repository, optional_user
from ..repositories.user_repository import UserRepository

router = APIRouter(prefix="/api")


@router.get("/profiles/{username}")
def get_profile(username: str, users: UserRepository = Depends(get_user_repository), viewer=Depends(optional_user)):
    user = users.by_username(username)
    if user is None:
        raise HTTPException(status_code=404, detail={"body": ["profile not found"]})
    return {"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}}
