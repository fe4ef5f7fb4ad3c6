from aiohttp import web

from conduit.services.errors import ServiceError, Unauthorized


def viewer(request: web.Request, required: bool = False):
    user, token = request.get("viewer"), request.get("token")
    if required and user is None:
        raise Unauthorized("missing authorization", "token")
    return user, token


async def body_of(request: web.Request, key: str) -> dict:
    try:
        return (await request.json() or {}).get(key) or {}
    except ValueError:
        return {}


@web.middleware
async def errors_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except ServiceError as exc:
        return web.json_response({"errors": exc.errors}, status=exc.status)
