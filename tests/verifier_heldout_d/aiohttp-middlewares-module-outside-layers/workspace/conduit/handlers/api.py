"""aiohttp handlers: parse the request, call a use case in a worker thread, answer JSON."""

from __future__ import annotations

import asyncio

from aiohttp import web

from conduit.middlewares import SERVICES
from conduit.services import Services

routes = web.RouteTableDef()


async def call(fn, *args, **kwargs):
    return await asyncio.to_thread(fn, *args, **kwargs)


def svc(request: web.Request) -> Services:
    return request.app[SERVICES]


async def body(request: web.Request, key: str) -> dict:
    try:
        data = await request.json()
    except ValueError:
        return {}
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def auth(request: web.Request) -> str | None:
    return request.headers.get("Authorization")


def token(request: web.Request) -> str:
    return (auth(request) or "").removeprefix("Token ").strip()


def paging(request: web.Request) -> dict:
    return {"limit": int(request.query.get("limit", 20)), "offset": int(request.query.get("offset", 0))}


@routes.post("/api/users")
async def register(request: web.Request) -> web.Response:
    return web.json_response({"user": await call(svc(request).users.register, await body(request, "user"))}, status=201)


@routes.post("/api/users/login")
async def login(request: web.Request) -> web.Response:
    return web.json_response({"user": await call(svc(request).users.login, await body(request, "user"))})


@routes.get("/api/user")
async def me(request: web.Request) -> web.Response:
    users = svc(request).users
    user = await call(users.authenticate, auth(request))
    return web.json_response({"user": users.current(user, token(request))})


@routes.put("/api/user")
async def update_me(request: web.Request) -> web.Response:
    users = svc(request).users
    user = await call(users.authenticate, auth(request))
    return web.json_response({"user": await call(users.update, user, await body(request, "user"), token(request))})


@routes.get("/api/profiles/{username}")
async def profile(request: web.Request) -> web.Response:
    s = svc(request)
    viewer = request["viewer"]
    return web.json_response({"profile": await call(s.profiles.get, request.match_info["username"], viewer)})


@routes.post("/api/profiles/{username}/follow")
@routes.delete("/api/profiles/{username}/follow")
async def follow(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    result = await call(s.profiles.follow, request.match_info["username"], user, request.method == "POST")
    return web.json_response({"profile": result})


@routes.get("/api/articles")
async def list_articles(request: web.Request) -> web.Response:
    s = svc(request)
    viewer = request["viewer"]
    filters = {k: request.query.get(k) for k in ("tag", "author", "favorited")}
    return web.json_response(await call(s.articles.list, viewer, **filters, **paging(request)))


@routes.get("/api/articles/feed")
async def feed(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    return web.json_response(await call(s.articles.feed, user, **paging(request)))


@routes.post("/api/articles")
async def create_article(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    return web.json_response(await call(s.articles.create, user, await body(request, "article")), status=201)


@routes.get("/api/articles/{slug}")
async def get_article(request: web.Request) -> web.Response:
    s = svc(request)
    viewer = request["viewer"]
    return web.json_response(await call(s.articles.get, request.match_info["slug"], viewer))


@routes.put("/api/articles/{slug}")
async def update_article(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    data = await body(request, "article")
    return web.json_response(await call(s.articles.update, request.match_info["slug"], user, data))


@routes.delete("/api/articles/{slug}")
async def delete_article(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    await call(s.articles.delete, request.match_info["slug"], user)
    return web.json_response({})


@routes.post("/api/articles/{slug}/favorite")
@routes.delete("/api/articles/{slug}/favorite")
async def favorite(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    slug = request.match_info["slug"]
    return web.json_response(await call(s.articles.favorite, slug, user, request.method == "POST"))


@routes.get("/api/articles/{slug}/comments")
async def comments(request: web.Request) -> web.Response:
    s = svc(request)
    viewer = request["viewer"]
    return web.json_response(await call(s.articles.comments, request.match_info["slug"], viewer))


@routes.post("/api/articles/{slug}/comments")
async def add_comment(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    data = await body(request, "comment")
    return web.json_response(await call(s.articles.add_comment, request.match_info["slug"], user, data))


@routes.delete("/api/articles/{slug}/comments/{comment_id}")
async def delete_comment(request: web.Request) -> web.Response:
    s = svc(request)
    user = await call(s.users.authenticate, auth(request))
    slug, comment_id = request.match_info["slug"], int(request.match_info["comment_id"])
    await call(s.articles.delete_comment, slug, comment_id, user)
    return web.json_response({})


@routes.get("/api/tags")
async def tags(request: web.Request) -> web.Response:
    return web.json_response(await call(svc(request).articles.tags))
