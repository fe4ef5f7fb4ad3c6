"""Authentication middleware: resolves the Authorization header into request["user"] once per request."""
from __future__ import annotations

import asyncio

from aiohttp import web

from conduit.repositories.database import SessionLocal
from conduit.repositories.users import UserRepository
from conduit.services import security

_users = UserRepository(SessionLocal)


@web.middleware
async def auth_middleware(request: web.Request, handler):
    request["user"] = None
    header = request.headers.get("Authorization", "")
    if header.startswith("Token "):
        user_id = security.read_token(header[6:].strip())
        if user_id is not None:
            request["user"] = await asyncio.to_thread(_users.by_id, user_id)
    return await handler(request)
