from aiohttp import web

from app.routes.common import body_of, current_user
from app.services.articles import ArticleService

routes = web.RouteTableDef()
articles = ArticleService()


@routes.get("/api/articles")
async def list_articles(request):
    q = request.query
    return web.json_response(articles.list(current_user(request, required=False), tag=q.get("tag"),
                                           author=q.get("author"), favorited=q.get("favorited"),
                                           limit=int(q.get("limit", 20)), offset=int(q.get("offset", 0))))


@routes.get("/api/articles/feed")
async def feed(request):
    q = request.query
    return web.json_response(articles.feed(current_user(request), int(q.get("limit", 20)), int(q.get("offset", 0))))


@routes.post("/api/articles")
async def create(request):
    data = await body_of(request, "article")
    return web.json_response({"article": articles.create(current_user(request), data)}, status=201)


@routes.get("/api/articles/{slug}")
async def get(request):
    viewer = current_user(request, required=False)
    return web.json_response({"article": articles.get(request.match_info["slug"], viewer)})


@routes.put("/api/articles/{slug}")
async def update(request):
    data = await body_of(request, "article")
    return web.json_response({"article": articles.update(current_user(request), request.match_info["slug"], data)})


@routes.delete("/api/articles/{slug}")
async def delete(request):
    articles.delete(current_user(request), request.match_info["slug"])
    return web.Response(status=204)


@routes.post("/api/articles/{slug}/favorite")
async def favorite(request):
    return web.json_response({"article": articles.favorite(current_user(request), request.match_info["slug"], True)})


@routes.delete("/api/articles/{slug}/favorite")
async def unfavorite(request):
    return web.json_response({"article": articles.favorite(current_user(request), request.match_info["slug"], False)})


@routes.get("/api/articles/{slug}/comments")
async def comments(request):
    viewer = current_user(request, required=False)
    return web.json_response({"comments": articles.comments(request.match_info["slug"], viewer)})


@routes.post("/api/articles/{slug}/comments")
async def add_comment(request):
    data = await body_of(request, "comment")
    comment = articles.add_comment(current_user(request), request.match_info["slug"], data.get("body"))
    return web.json_response({"comment": comment})


@routes.delete("/api/articles/{slug}/comments/{id}")
async def delete_comment(request):
    articles.delete_comment(current_user(request), request.match_info["slug"], int(request.match_info["id"]))
    return web.Response(status=204)


@routes.get("/api/tags")
async def tags(request):
    return web.json_response({"tags": articles.tags()})
