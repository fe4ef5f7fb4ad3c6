from aiohttp import web

from ..keys import ARTICLE_SERVICE, AUTH_SERVICE
from ..services.errors import ServiceError
from .serializers import article_json

routes = web.RouteTableDef()


def _viewer(request: web.Request):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        return None
    return request.app[AUTH_SERVICE].user_from_token(header[6:])


@web.middleware
async def service_errors(request: web.Request, handler):
    try:
        return await handler(request)
    except ServiceError as err:
        return web.json_response({"errors": {"body": [err.message]}}, status=err.status)


@routes.get("/api/articles")
async def list_articles(request: web.Request) -> web.Response:
    q = request.query
    articles, count = request.app[ARTICLE_SERVICE].list(
        tag=q.get("tag"), author=q.get("author"), favorited=q.get("favorited"),
        limit=int(q.get("limit", 20)), offset=int(q.get("offset", 0)),
    )
    viewer = _viewer(request)
    return web.json_response({"articles": [article_json(a, viewer) for a in articles], "articlesCount": count})


@routes.post("/api/articles")
async def create_article(request: web.Request) -> web.Response:
    user = _viewer(request)
    if user is None:
        raise web.HTTPUnauthorized()
    payload = (await request.json()).get("article") or {}
    article = request.app[ARTICLE_SERVICE].create(user, payload)
    return web.json_response({"article": article_json(article, user)}, status=201)


@routes.get("/api/articles/{slug}")
async def get_article(request: web.Request) -> web.Response:
    article = request.app[ARTICLE_SERVICE].get(request.match_info["slug"])
    return web.json_response({"article": article_json(article, _viewer(request))})


@routes.get("/api/tags")
async def tags(request: web.Request) -> web.Response:
    return web.json_response({"tags": request.app[ARTICLE_SERVICE].tags()})


@routes.get("/api/health-check")
async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})
