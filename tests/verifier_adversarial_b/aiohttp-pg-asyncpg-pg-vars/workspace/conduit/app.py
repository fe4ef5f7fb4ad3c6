from aiohttp import web
from conduit.db import pg_context


async def health(request):
    await request.app["pg"].fetchval("SELECT 1")
    return web.json_response({"ok": True})


def build():
    app = web.Application()
    app.cleanup_ctx.append(pg_context)
    app.router.add_get("/health", health)
    return app
