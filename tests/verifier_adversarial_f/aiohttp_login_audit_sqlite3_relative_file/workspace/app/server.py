"""aiohttp application: routes, middlewares and start-up signals."""
from __future__ import annotations

import asyncio
import json

from aiohttp import web

from app.db import init_db
from app.middleware.ratelimit import login_limiter
from app.repositories import activity
from app.services import articles, security, users
from app.services.errors import AppError, Invalid, Unauthorized
from app.settings import settings


@web.middleware
async def errors(request: web.Request, handler):
    try:
        return await handler(request)
    except AppError as error:
        return web.json_response({"errors": error.errors}, status=error.status)


@web.middleware
async def auth(request: web.Request, handler):
    header = request.headers.get("Authorization", "")
    request["user_id"] = security.read_token(header[6:]) if header.startswith("Token ") else None
    return await handler(request)


def required(request: web.Request) -> int:
    if request["user_id"] is None:
        raise Unauthorized("body", "authentication required")
    return request["user_id"]


async def payload(request: web.Request, key: str) -> dict:
    try:
        body = await request.json()
    except (ValueError, json.JSONDecodeError):
        raise Invalid("body", "not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get(key), dict):
        raise Invalid("body", f"{key} is required")
    return body[key]


async def in_thread(fn, *args, **kwargs):
    return await asyncio.get_running_loop().run_in_executor(None, lambda: fn(*args, **kwargs))


async def register(request):
    return web.json_response({"user": await in_thread(users.register, await payload(request, "user"))}, status=201)


async def login(request):
    wait = login_limiter.check(request.remote or "?")
    if wait:
        return web.json_response({"errors": {"body": ["too many login attempts"]}}, status=429,
                                 headers={"Retry-After": str(wait)})
    user = await in_thread(users.login, await payload(request, "user"))
    await in_thread(activity.record_login, user["username"], request.remote or "?")
    return web.json_response({"user": user})


async def me(request):
    return web.json_response({"user": await in_thread(users.current, required(request))})


async def list_articles(request):
    q = request.query
    return web.json_response(await in_thread(articles.listing, request["user_id"], tag=q.get("tag"),
                                             author=q.get("author"), favorited=q.get("favorited"),
                                             limit=int(q.get("limit", 20)), offset=int(q.get("offset", 0))))


async def create_article(request):
    data = await payload(request, "article")
    return web.json_response({"article": await in_thread(articles.create, required(request), data)}, status=201)


async def tags(request):
    return web.json_response(await in_thread(articles.tags))


async def on_startup(_: web.Application) -> None:
    await in_thread(init_db)



def build() -> web.Application:
    app = web.Application(middlewares=[errors, auth])
    app.router.add_post("/api/users", register)
    app.router.add_post("/api/users/login", login)
    app.router.add_get("/api/user", me)
    app.router.add_get("/api/articles", list_articles)
    app.router.add_post("/api/articles", create_article)
    app.router.add_get("/api/tags", tags)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(build(), host="0.0.0.0", port=settings.port)
