"""Articles, the feed, favorites and tags."""

from __future__ import annotations

from aiohttp import web

from conduit.routes.common import envelope, me, services, viewer

routes = web.RouteTableDef()


@routes.get("/api/articles")
async def list_articles(request: web.Request) -> web.Response:
    return web.json_response(services(request).articles.list(dict(request.query), viewer(request)))


@routes.get("/api/articles/feed")
async def feed(request: web.Request) -> web.Response:
    return web.json_response(services(request).articles.feed(me(request), dict(request.query)))


@routes.post("/api/articles")
async def create_article(request: web.Request) -> web.Response:
    author = me(request)
    article = services(request).articles.create(author, await envelope(request, "article"))
    return web.json_response({"article": article}, status=201)


@routes.get("/api/articles/{slug}")
async def get_article(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    return web.json_response({"article": services(request).articles.get(slug, viewer(request))})


@routes.put("/api/articles/{slug}")
async def update_article(request: web.Request) -> web.Response:
    editor = me(request)
    changes = await envelope(request, "article")
    return web.json_response({"article": services(request).articles.update(request.match_info["slug"], editor, changes)})


@routes.delete("/api/articles/{slug}")
async def delete_article(request: web.Request) -> web.Response:
    services(request).articles.delete(request.match_info["slug"], me(request))
    return web.json_response({})


@routes.post("/api/articles/{slug}/favorite")
async def favorite(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    return web.json_response({"article": services(request).articles.favorite(slug, me(request))})


@routes.delete("/api/articles/{slug}/favorite")
async def unfavorite(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    return web.json_response({"article": services(request).articles.unfavorite(slug, me(request))})


@routes.get("/api/tags")
async def tags(request: web.Request) -> web.Response:
    return web.json_response({"tags": services(request).articles.tags()})
