"""aiohttp application factory and entry point."""

from __future__ import annotations

import asyncio
import os

from aiohttp import web

from conduit.db import init_db
from conduit.routes import errors_middleware, routes


async def on_startup(_app: web.Application) -> None:
    await asyncio.to_thread(init_db)


def create_app() -> web.Application:
    app = web.Application(middlewares=[errors_middleware])
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
