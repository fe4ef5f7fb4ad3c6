# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/api/routes/permission.py
from fastapi import APIRouter, Depends, status

from typing import List

from app.schemas.permission import Permission, PermissionCreate

from app.services.permission_service import PermissionService

from app.api.dependencies import (
    get_permission_service, 
    get_pagination_params,
    get_current_user_with_permission
)

router = APIRouter(prefix="/permissions", tags=["permissions"])

async def create_permission(
    permission: PermissionCreate, 
    service: PermissionService = Depends(get_permission_service),
    _: dict = Depends(get_current_user_with_permission("manage_permissions"))
):
    return service.create_permission(permission)

async def read_permissions(
    skip_limit: tuple = Depends(get_pagination_params), 
    service: PermissionService = Depends(get_permission_service),
    _: dict = Depends(get_current_user_with_permission("view_permissions"))
):
    skip, limit = skip_limit
    return service.get_permissions(skip, limit)

async def read_permission(
    permission_id: int, 
    service: PermissionService = Depends(get_permission_service),
    _: dict = Depends(get_current_user_with_permission("view_permissions"))
):
    return service.get_permission(permission_id)

async def delete_permission(
    permission_id: int, 
    service: PermissionService = Depends(get_permission_service),
    _: dict = Depends(get_current_user_with_permission("manage_permissions"))
):
    service.delete_permission(permission_id)
    return None
