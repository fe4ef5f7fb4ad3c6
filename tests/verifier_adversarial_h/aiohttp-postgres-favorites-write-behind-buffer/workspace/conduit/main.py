"""aiohttp application factory and entry point."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os

from aiohttp import web

from conduit import favorites_buffer
from conduit.db import init_db
from conduit.routes import errors_middleware, routes

FLUSH_INTERVAL = float(os.environ.get("FAVORITES_FLUSH_SECONDS", "30"))
log = logging.getLogger("conduit")


async def _flusher() -> None:
    while True:
        await asyncio.sleep(FLUSH_INTERVAL)
        try:
            written = await asyncio.to_thread(favorites_buffer.flush)
            if written:
                log.info("flushed %d favorite changes", written)
        except Exception:
            log.exception("favorites flush failed")


async def background(app: web.Application):
    await asyncio.to_thread(init_db)
    task = asyncio.create_task(_flusher())
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await asyncio.to_thread(favorites_buffer.flush)


def create_app() -> web.Application:
    app = web.Application(middlewares=[errors_middleware])
    app.add_routes(routes)
    app.cleanup_ctx.append(background)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
