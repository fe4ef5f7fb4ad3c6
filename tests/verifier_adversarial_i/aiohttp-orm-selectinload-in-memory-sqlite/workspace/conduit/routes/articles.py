from aiohttp import web

from conduit.routes.auth import body_of, viewer
from conduit.services.articles import article_service

routes = web.RouteTableDef()


@routes.get("/api/articles")
async def list_articles(request: web.Request):
    user, _ = viewer(request)
    return web.json_response(article_service.list(user, dict(request.query)))


@routes.get("/api/articles/feed")
async def feed(request: web.Request):
    user, _ = viewer(request, required=True)
    return web.json_response(article_service.feed(user, dict(request.query)))


@routes.post("/api/articles")
async def create_article(request: web.Request):
    user, _ = viewer(request, required=True)
    article = article_service.create(user, await body_of(request, "article"))
    return web.json_response({"article": article}, status=201)


@routes.get("/api/articles/{slug}")
async def get_article(request: web.Request):
    user, _ = viewer(request)
    return web.json_response({"article": article_service.get(request.match_info["slug"], user)})


@routes.put("/api/articles/{slug}")
async def update_article(request: web.Request):
    user, _ = viewer(request, required=True)
    data = await body_of(request, "article")
    return web.json_response({"article": article_service.update(request.match_info["slug"], user, data)})


@routes.delete("/api/articles/{slug}")
async def delete_article(request: web.Request):
    user, _ = viewer(request, required=True)
    article_service.delete(request.match_info["slug"], user)
    return web.json_response({})


@routes.post("/api/articles/{slug}/favorite")
async def favorite(request: web.Request):
    user, _ = viewer(request, required=True)
    return web.json_response({"article": article_service.favorite(request.match_info["slug"], user, True)})


@routes.delete("/api/articles/{slug}/favorite")
async def unfavorite(request: web.Request):
    user, _ = viewer(request, required=True)
    return web.json_response({"article": article_service.favorite(request.match_info["slug"], user, False)})


@routes.get("/api/articles/{slug}/comments")
async def comments(request: web.Request):
    user, _ = viewer(request)
    return web.json_response({"comments": article_service.comments(request.match_info["slug"], user)})


@routes.post("/api/articles/{slug}/comments")
async def add_comment(request: web.Request):
    user, _ = viewer(request, required=True)
    data = await body_of(request, "comment")
    return web.json_response({"comment": article_service.add_comment(request.match_info["slug"], user, data)})


@routes.delete("/api/articles/{slug}/comments/{comment_id}")
async def delete_comment(request: web.Request):
    user, _ = viewer(request, required=True)
    article_service.delete_comment(request.match_info["slug"], int(request.match_info["comment_id"]), user)
    return web.json_response({})


@routes.get("/api/tags")
async def tags(request: web.Request):
    return web.json_response({"tags": article_service.tags()})
