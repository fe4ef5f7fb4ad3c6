from aiohttp import web

from conduit.services.errors import ServiceError, Unauthorized
from conduit.services.users import user_service


def _token(request: web.Request) -> str | None:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme in ("Token", "Bearer") and value else None


def viewer(request: web.Request, required: bool = False):
    token = _token(request)
    user = user_service.from_token(token)
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
