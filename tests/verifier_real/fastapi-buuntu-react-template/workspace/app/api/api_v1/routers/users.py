# excerpt of https://github.com/Buuntu/fastapi-react@af17f2d422d0:{{cookiecutter.project_slug}}/backend/app/api/api_v1/routers/users.py
from fastapi import APIRouter, Request, Depends, Response, encoders

import typing as t

from app.db.session import get_db

from app.db.crud import (
    get_users,
    get_user,
    create_user,
    delete_user,
    edit_user,
)

from app.db.schemas import UserCreate, UserEdit, User, UserOut

from app.core.auth import get_current_active_user, get_current_active_superuser

users_router = r = APIRouter()

async def users_list(
    response: Response,
    db=Depends(get_db),
    current_user=Depends(get_current_active_superuser),
):
    """
    Get all users
    """
    users = get_users(db)
    # This is necessary for react-admin to work
    response.headers["Content-Range"] = f"0-9/{len(users)}"
    return users

async def user_me(current_user=Depends(get_current_active_user)):
    """
    Get own user
    """
    return current_user

async def user_details(
    request: Request,
    user_id: int,
    db=Depends(get_db),
    current_user=Depends(get_current_active_superuser),
):
    """
    Get any user details
    """
    user = get_user(db, user_id)
    return user

async def user_create(
    request: Request,
    user: UserCreate,
    db=Depends(get_db),
    current_user=Depends(get_current_active_superuser),
):
    """
    Create a new user
    """
    return create_user(db, user)

async def user_edit(
    request: Request,
    user_id: int,
    user: UserEdit,
    db=Depends(get_db),
    current_user=Depends(get_current_active_superuser),
):
    """
    Update existing user
    """
    return edit_user(db, user_id, user)

async def user_delete(
    request: Request,
    user_id: int,
    db=Depends(get_db),
    current_user=Depends(get_current_active_superuser),
):
    """
    Delete existing user
    """
    return delete_user(db, user_id)
