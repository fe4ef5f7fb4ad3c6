# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:api/auth.py
from fastapi import APIRouter, Depends, HTTPException, status

from fastapi.security import OAuth2PasswordRequestForm

from core.auth.jwt import BEARER, create_access_token

from core.auth.schemas import Claims, Token

from models.user import User

from services.user import UserService

routers = APIRouter(prefix="/auth")

async def login(
    data: OAuth2PasswordRequestForm = Depends(), user_service: UserService = Depends()
):
    user: User = await user_service.get_user_by_email(email=data.username)
    if not user or not user.verify_password(data.password):
        raise HTTPException(
            status_code=status.HTTP_400_BAD_REQUEST, detail="bad request"
        )
    if not user.is_active:
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN, detail="please confirm your account"
        )

    # create the token
    claims: Claims = Claims(email=user.email)
    access_token = create_access_token(claims)
    return Token(access_token=access_token, token_type=BEARER)
