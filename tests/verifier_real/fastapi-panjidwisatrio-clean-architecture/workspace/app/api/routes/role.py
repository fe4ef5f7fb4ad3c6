# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/api/routes/role.py
from fastapi import APIRouter, Depends, status

from typing import List

from app.schemas.role import Role, RoleCreate

from app.services.role_service import RoleService

from app.api.dependencies import (
    get_role_service,
    get_pagination_params,
    get_current_user_with_permission
)

router = APIRouter(prefix="/roles", tags=["roles"])

async def create_role(
    role: RoleCreate, 
    service: RoleService = Depends(get_role_service),
    _: dict = Depends(get_current_user_with_permission("manage_roles"))
):
    return service.create_role(role)

async def read_roles(
    skip_limit: tuple = Depends(get_pagination_params), 
    service: RoleService = Depends(get_role_service),
    _: dict = Depends(get_current_user_with_permission("view_roles"))
):
    skip, limit = skip_limit
    return service.get_roles(skip, limit)

async def read_role(
    role_id: int, 
    service: RoleService = Depends(get_role_service),
    _: dict = Depends(get_current_user_with_permission("view_roles"))
):
    return service.get_role(role_id)

async def delete_role(
    role_id: int, 
    service: RoleService = Depends(get_role_service),
    _: dict = Depends(get_current_user_with_permission("manage_roles"))
):
    service.delete_role(role_id)
    return None

async def add_permission_to_role(
    role_id: int,
    permission_id: int,
    service: RoleService = Depends(get_role_service),
    _: dict = Depends(get_current_user_with_permission("manage_roles"))
):
    return service.add_permission_to_role(role_id, permission_id)

async def remove_permission_from_role(
    role_id: int,
    permission_id: int,
    service: RoleService = Depends(get_role_service),
    _: dict = Depends(get_current_user_with_permission("manage_roles"))
):
    return service.remove_permission_from_role(role_id, permission_id)
