# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/api/routes/auth.py
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException

from app.api.deps import get_users_service

from app.crud.crud_user import UsersRepository

from app.schemas.users import LoginUserRequest, NewUserRequest, UserResponse

router = APIRouter()

async def register(
    new_user: NewUserRequest,
    users: Annotated[UsersRepository, Depends(get_users_service)],
) -> UserResponse:
    db_user = await users.get_by_email(email=new_user.user.email)
    if db_user:
        raise HTTPException(status_code=400, detail="Email already registered")

    db_user = await users.create(obj_in=new_user.user)
    return UserResponse(user=db_user.schema())

async def login(
    user_credentials: LoginUserRequest,
    users: Annotated[UsersRepository, Depends(get_users_service)],
) -> UserResponse:
    db_user = await users.authenticate(email=user_credentials.user.email, password=user_credentials.user.password)
    if not db_user:
        raise HTTPException(status_code=400, detail="Bad credentials")
    return UserResponse(user=db_user.schema())
