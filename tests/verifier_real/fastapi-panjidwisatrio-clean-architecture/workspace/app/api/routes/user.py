# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/api/routes/user.py
from typing import List

from fastapi import APIRouter, Depends, status

from app.schemas.user import User, UserCreate, UserUpdate

from app.api.dependencies import get_current_user_with_permission, get_user_service, get_pagination_params

from app.services.user_service import UserService

router = APIRouter(prefix="/users", tags=["users"])

async def create_user(
    user: UserCreate, 
    service: UserService = Depends(get_user_service),
    _: User = Depends(get_current_user_with_permission("create_user"))
):
    return await service.create_user(user)

async def read_user(
    user_id: int, 
    service: UserService = Depends(get_user_service),
    _: User = Depends(get_current_user_with_permission("get_user_info_by_id"))
):
    return service.get_user(user_id)

async def update_user(
    user: UserUpdate,
    user_id: int,
    service: UserService = Depends(get_user_service),
    _: User = Depends(get_current_user_with_permission("update_user_info"))
):
    return service.update_user(user, user_id=user_id)

async def deactivate_user(
    user_id: int,
    service: UserService = Depends(get_user_service),
    _: User = Depends(get_current_user_with_permission("update_user_active_status"))
):
    service.deactivate_user(user_id)
    return None

async def read_users(
    skip_limit: tuple = Depends(get_pagination_params),
    service: UserService = Depends(get_user_service),
    _: User = Depends(get_current_user_with_permission("get_all_users_info"))
):
    skip, limit = skip_limit
    return service.get_users(skip, limit)
