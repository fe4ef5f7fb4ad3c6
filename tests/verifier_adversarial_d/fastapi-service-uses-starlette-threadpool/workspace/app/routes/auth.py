from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from app.services import auth

router = APIRouter()


class Credentials(BaseModel):
    email: str
    password: str


class LoginBody(BaseModel):
    user: Credentials


@router.post("/users/login")
async def login(body: LoginBody):
    user = await auth.login(body.user.email, body.user.password)
    if user is None:
        raise HTTPException(401, "invalid credentials")
    return {"user": {"email": user.email, "username": user.username, "bio": None, "image": None, "token": ""}}
