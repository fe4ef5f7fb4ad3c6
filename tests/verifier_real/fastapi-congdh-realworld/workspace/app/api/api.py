# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/api/api.py
from fastapi import APIRouter

from app.api.routers import users

api_router = APIRouter()

api_router.include_router(
    users.router, tags=["User and Authentication"], prefix="/users"
)
