import asyncio

from aiohttp import web

from conduit.services.errors import DomainError, Forbidden, NotFound, Taken, Unauthorized

STATUS = {Unauthorized: 401, Forbidden: 403, NotFound: 404, Taken: 409}
routes = web.RouteTableDef()


@web.middleware
async def domain_errors(request: web.Request, handler):
    try:
        return await handler(request)
    except DomainError as error:
        return web.json_response({"errors": {error.key: [error.message]}}, status=STATUS.get(type(error), 422))


def viewer(request: web.Request) -> int | None:
    header = request.headers.get("Authorization", "")
    return request.app["auth"](header[6:]) if header.startswith("Token ") else None


@routes.get("/api/health-check")
async def health(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


@routes.get("/api/articles")
async def list_articles(request: web.Request) -> web.Response:
    q = request.query
    result = await asyncio.to_thread(
        request.app["services"]().articles.listing, viewer(request), tag=q.get("tag"), author=q.get("author"),
        favorited=q.get("favorited"), limit=int(q.get("limit", 20)), offset=int(q.get("offset", 0)),
    )
    return web.json_response(result)


@routes.get("/api/articles/{slug}")
async def get_article(request: web.Request) -> web.Response:
    article = await asyncio.to_thread(request.app["services"]().articles.get, request.match_info["slug"], viewer(request))
    return web.json_response({"article": article})


@routes.get("/api/tags")
async def tags(request: web.Request) -> web.Response:
    return web.json_response({"tags": await asyncio.to_thread(request.app["services"]().articles.tags)})
