"""aiohttp middlewares: error translation and the request's user."""

from __future__ import annotations

import asyncio

from aiohttp import web

from conduit.services import Services
from conduit.services.errors import ServiceError

SERVICES = web.AppKey("services", Services)


@web.middleware
async def errors(request: web.Request, handler):
    try:
        return await handler(request)
    except ServiceError as error:
        return web.json_response(error.as_body(), status=error.status)
    except web.HTTPException:
        raise
    except Exception:  # noqa: BLE001
        request.app.logger.exception("unhandled error")
        return web.json_response({"errors": {"body": ["internal error"]}}, status=500)


@web.middleware
async def viewer(request: web.Request, handler):
    header = request.headers.get("Authorization")
    request["viewer"] = await asyncio.to_thread(request.app[SERVICES].users.optional_user, header) if header else None
    return await handler(request)
