from aiohttp import web
from conduit.db import Session
from conduit.repositories.comments import CommentRepository
from conduit.services.comments import CommentService

routes = web.RouteTableDef()


@routes.delete("/api/articles/{slug}/comments/{id}")
async def delete_comment(request: web.Request) -> web.Response:
    async with Session() as session:
        await CommentService(CommentRepository(session)).delete(int(request.match_info["id"]), request["user_id"])
    return web.json_response({})
