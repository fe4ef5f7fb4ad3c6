"""The /api sub-application."""

from __future__ import annotations

import asyncio

from aiohttp import web

from conduit.db import init_db
from conduit.routes import errors_middleware, routes


async def create_schema(_app: web.Application) -> None:
    await asyncio.to_thread(init_db)


def build_api() -> web.Application:
    api = web.Application(middlewares=[errors_middleware])
    api.add_routes(routes)
    api.on_startup.append(create_schema)
    return api
