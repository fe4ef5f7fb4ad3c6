from fastapi import APIRouter, Body, Depends

from app.routes.common import current_user, optional_user, users

router = APIRouter(prefix="/api")


def _user_json(user):
    return {"user": {"email": user.email, "username": user.username, "bio": user.bio,
                     "image": user.image, "token": users.token_for(user)}}


@router.post("/users", status_code=201)
def register(user: dict = Body(..., embed=True)):
    return _user_json(users.register(user.get("username"), user.get("email"), user.get("password")))


@router.post("/users/login")
def login(user: dict = Body(..., embed=True)):
    return _user_json(users.login(user.get("email"), user.get("password")))


@router.get("/user")
def me(viewer=Depends(current_user)):
    return _user_json(viewer)


@router.put("/user")
def update_me(user: dict = Body(..., embed=True), viewer=Depends(current_user)):
    return _user_json(users.update(viewer, **user))


@router.get("/profiles/{username}")
def profile(username: str, viewer=Depends(optional_user)):
    return {"profile": users.profile(username, viewer)}


@router.post("/profiles/{username}/follow")
def follow(username: str, viewer=Depends(current_user)):
    return {"profile": users.follow(viewer, username, True)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, viewer=Depends(current_user)):
    return {"profile": users.follow(viewer, username, False)}
