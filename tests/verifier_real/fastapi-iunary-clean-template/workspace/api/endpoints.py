# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:api/endpoints.py
from fastapi import APIRouter

from api import auth, health, users

routers = APIRouter()

routers.include_router(health.routers, tags=["health"])

routers.include_router(auth.routers, tags=["auth"])

routers.include_router(users.routers, tags=["users"])
