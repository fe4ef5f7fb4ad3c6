# excerpt of https://github.com/grillazz/fastapi-sqlalchemy-asyncpg@5d0207cb9b53:app/services/auth.py
import time

import jwt

from fastapi import HTTPException, Request

from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from rotoger import get_logger

from app.config import settings as global_settings

from app.models.user import User

async def get_from_redis(request: Request, key: str):
    return await request.app.redis.get(key)

async def set_to_redis(request: Request, key: str, value: str, ex: int):
    return await request.app.redis.set(key, value, ex=ex)

class AuthBearer(HTTPBearer):
    def __init__(self, auto_error: bool = True):
        super().__init__(auto_error=auto_error)

    async def __call__(self, request: Request):
        credentials: HTTPAuthorizationCredentials = await super().__call__(request)
        if not credentials:
            raise HTTPException(status_code=403, detail="Invalid authorization code.")
        if credentials.scheme != "Bearer":
            raise HTTPException(
                status_code=403, detail="Invalid authentication scheme."
            )
        if not await verify_jwt(request, credentials.credentials):
            raise HTTPException(
                status_code=403, detail="Invalid token or expired token."
            )
        await logger.ainfo(f"Token verified: {credentials.credentials}")
        return credentials.credentials
