from aiohttp import web

from app.services.errors import Conflict, Forbidden, Invalid, NotFound, ServiceError, Unauthorized
from app.services.users import UserService

STATUS = {Invalid: 422, Unauthorized: 401, Forbidden: 403, NotFound: 404, Conflict: 409}
users = UserService()


@web.middleware
async def errors_middleware(request, handler):
    try:
        return await handler(request)
    except ServiceError as exc:
        return web.json_response({"errors": {exc.key: [exc.message]}}, status=STATUS.get(type(exc), 400))


def current_user(request, required=True):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        if required:
            raise Unauthorized("missing token")
        return None
    return users.user_from_token(header[len("Token "):])


async def body_of(request, key):
    try:
        data = await request.json()
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise Invalid("must be a JSON object", key="body")
    return data[key]
