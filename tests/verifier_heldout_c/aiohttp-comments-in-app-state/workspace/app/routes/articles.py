from datetime import datetime, timezone

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
    articles.get(request.match_info["slug"])
    items = [c for c in request.app["comments"] if c["slug"] == request.match_info["slug"]]
    return web.json_response({"comments": [c["comment"] for c in reversed(items)]})


@routes.post("/api/articles/{slug}/comments")
async def add_comment(request):
    data = await body_of(request, "comment")
    viewer = current_user(request)
    articles.get(request.match_info["slug"])
    now = datetime.now(timezone.utc).isoformat()
    request.app["comment_seq"] += 1
    comment = {"id": request.app["comment_seq"], "body": data.get("body"), "createdAt": now, "updatedAt": now,
               "author": {"username": viewer.username, "bio": viewer.bio, "image": viewer.image, "following": False}}
    request.app["comments"].append({"slug": request.match_info["slug"], "author_id": viewer.id, "comment": comment})
    return web.json_response({"comment": comment})


@routes.delete("/api/articles/{slug}/comments/{id}")
async def delete_comment(request):
    current_user(request)
    cid = int(request.match_info["id"])
    request.app["comments"][:] = [c for c in request.app["comments"] if c["comment"]["id"] != cid]
    return web.Response(status=204)


@routes.get("/api/tags")
async def tags(request):
    return web.json_response({"tags": articles.tags()})
