"""Cross-cutting request middleware, installed by the app factory."""

from aiohttp import web

from conduit.services.errors import ServiceError
from conduit.services.users import user_service


@web.middleware
async def viewer_middleware(request: web.Request, handler):
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    token = value.strip() if scheme in ("Token", "Bearer") and value else None
    try:
        request["viewer"] = user_service.from_token(token)
    except ServiceError as exc:
        return web.json_response({"errors": exc.errors}, status=exc.status)
    request["token"] = token
    return await handler(request)
