from aiohttp import web

from app.models.errors import DomainError, Forbidden, NotFound
from app.services import comments

STATUS = {NotFound: 404, Forbidden: 403}


@web.middleware
async def domain_errors(request, handler):
    try:
        return await handler(request)
    except DomainError as exc:
        return web.json_response({"errors": {"body": [str(exc)]}}, status=STATUS.get(type(exc), 422))


async def delete_comment(request: web.Request) -> web.Response:
    await comments.delete_comment(int(request.match_info["id"]), request.get("user_id", 0))
    return web.json_response({})


def make_app() -> web.Application:
    app = web.Application(middlewares=[domain_errors])
    app.router.add_delete("/api/articles/{slug}/comments/{id}", delete_comment)
    return app
