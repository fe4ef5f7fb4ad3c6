import os

import jwt
from aiohttp import web

from app.repositories.users import UserRepository

SECRET = os.environ.get("JWT_SECRET", "conduit-secret-change-me")
_users = UserRepository()


@web.middleware
async def auth_middleware(request, handler):
    request["user"] = None
    header = request.headers.get("Authorization", "")
    if header.startswith("Token "):
        try:
            payload = jwt.decode(header[6:], SECRET, algorithms=["HS256"])
            request["user"] = _users.get(int(payload["sub"]))
        except jwt.PyJWTError:
            request["user"] = None
    return await handler(request)
