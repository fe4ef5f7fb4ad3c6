import asyncio
from collections.abc import Callable

from aiohttp import web

DB_PING = web.AppKey("db_ping", Callable[[], object])
routes = web.RouteTableDef()


@routes.get("/api/health")
async def health(request: web.Request):
    try:
        await asyncio.to_thread(request.app[DB_PING])
    except Exception as exc:  # the database is down or unreachable
        return web.json_response({"status": "degraded", "database": str(exc)}, status=503)
    return web.json_response({"status": "ok"})
