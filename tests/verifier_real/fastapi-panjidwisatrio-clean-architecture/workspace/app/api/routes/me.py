# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/api/routes/me.py
from fastapi import APIRouter, Depends, status

from app.core.security import get_current_user

from app.schemas.user import PasswordUpdate, User, UserUpdate

from app.api.dependencies import get_user_service

from app.services.user_service import UserService

router = APIRouter(prefix="/me", tags=["me"])

async def read_users_me(current_user: User = Depends(get_current_user)):
    return current_user

async def update_user_me(
    user: UserUpdate,
    current_user: User = Depends(get_current_user),
    service: UserService = Depends(get_user_service)
):
    return service.update_user(current_user.id, user)

async def update_user_password_me(
    password_update: PasswordUpdate,
    current_user: User = Depends(get_current_user),
    service: UserService = Depends(get_user_service)
):
    return service.update_user(current_user.id, password_update)

async def deactivate_user_me(
    current_user: User = Depends(get_current_user),
    service: UserService = Depends(get_user_service)
):
    service.deactivate_user(current_user.id)
    return None
