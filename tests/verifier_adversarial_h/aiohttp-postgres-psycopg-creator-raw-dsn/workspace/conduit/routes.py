"""HTTP routes (aiohttp.web); the services are synchronous and run in a worker thread."""

from __future__ import annotations

import asyncio
import json

from aiohttp import web

from conduit.errors import ApiError, ValidationFailed
from conduit.services import articles, users

routes = web.RouteTableDef()


async def call(fn, *args, **kwargs):
    return await asyncio.to_thread(fn, *args, **kwargs)


async def viewer(request: web.Request, required: bool = False):
    return await call(users.resolve_token, request.headers.get("Authorization"), required)


async def payload(request: web.Request, key: str) -> dict:
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise ValidationFailed("body", f"{key} is required")
    return data[key]


def page(request: web.Request) -> dict:
    try:
        return {"limit": int(request.query.get("limit", 20)), "offset": int(request.query.get("offset", 0))}
    except ValueError as exc:
        raise ValidationFailed("body", "limit and offset must be integers") from exc


@web.middleware
async def errors_middleware(request, handler):
    try:
        return await handler(request)
    except ApiError as err:
        return web.json_response(err.body(), status=err.status)


@routes.post("/api/users")
async def register(request):
    return web.json_response({"user": await call(users.register, await payload(request, "user"))}, status=201)


@routes.post("/api/users/login")
async def login(request):
    return web.json_response({"user": await call(users.login, await payload(request, "user"))})


@routes.get("/api/user")
async def current_user(request):
    return web.json_response({"user": await call(users.current, await viewer(request, True))})


@routes.put("/api/user")
async def update_user(request):
    who = await viewer(request, True)
    return web.json_response({"user": await call(users.update, who, await payload(request, "user"))})


@routes.get("/api/profiles/{username}")
async def profile(request):
    return web.json_response({"profile": await call(users.profile, request.match_info["username"], await viewer(request))})


@routes.post("/api/profiles/{username}/follow")
async def follow(request):
    who = await viewer(request, True)
    return web.json_response({"profile": await call(users.set_following, request.match_info["username"], who, True)})


@routes.delete("/api/profiles/{username}/follow")
async def unfollow(request):
    who = await viewer(request, True)
    return web.json_response({"profile": await call(users.set_following, request.match_info["username"], who, False)})


@routes.get("/api/articles")
async def list_articles(request):
    q = request.query
    result = await call(
        articles.list_articles,
        await viewer(request),
        tag=q.get("tag"),
        author=q.get("author"),
        favorited=q.get("favorited"),
        **page(request),
    )
    return web.json_response(result)


@routes.get("/api/articles/feed")
async def feed(request):
    return web.json_response(await call(articles.feed, await viewer(request, True), **page(request)))


@routes.post("/api/articles")
async def create_article(request):
    who = await viewer(request, True)
    return web.json_response({"article": await call(articles.create, who, await payload(request, "article"))}, status=201)


@routes.get("/api/articles/{slug}")
async def get_article(request):
    return web.json_response({"article": await call(articles.get, request.match_info["slug"], await viewer(request))})


@routes.put("/api/articles/{slug}")
async def update_article(request):
    who = await viewer(request, True)
    data = await payload(request, "article")
    return web.json_response({"article": await call(articles.update, request.match_info["slug"], who, data)})


@routes.delete("/api/articles/{slug}")
async def delete_article(request):
    await call(articles.delete, request.match_info["slug"], await viewer(request, True))
    return web.json_response({})


@routes.post("/api/articles/{slug}/favorite")
async def favorite(request):
    who = await viewer(request, True)
    return web.json_response({"article": await call(articles.set_favorite, request.match_info["slug"], who, True)})


@routes.delete("/api/articles/{slug}/favorite")
async def unfavorite(request):
    who = await viewer(request, True)
    return web.json_response({"article": await call(articles.set_favorite, request.match_info["slug"], who, False)})


@routes.get("/api/articles/{slug}/comments")
async def comments(request):
    return web.json_response(await call(articles.comments, request.match_info["slug"], await viewer(request)))


@routes.post("/api/articles/{slug}/comments")
async def add_comment(request):
    who = await viewer(request, True)
    data = await payload(request, "comment")
    return web.json_response({"comment": await call(articles.add_comment, request.match_info["slug"], who, data)})


@routes.delete("/api/articles/{slug}/comments/{id}")
async def delete_comment(request):
    who = await viewer(request, True)
    await call(articles.delete_comment, request.match_info["slug"], int(request.match_info["id"]), who)
    return web.json_response({})


@routes.get("/api/tags")
async def tags(request):
    return web.json_response(await call(articles.tags))
