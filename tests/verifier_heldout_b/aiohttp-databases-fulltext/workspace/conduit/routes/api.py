"""HTTP handlers (aiohttp.web): request in, service call, JSON out."""
from __future__ import annotations

import asyncio
import json

from aiohttp import web

from conduit.services.errors import AppError
from conduit.services.search import SearchService

routes = web.RouteTableDef()
SERVICES = web.AppKey("services", object)


def _services(request: web.Request):
    return request.app[SERVICES]


async def _body(request: web.Request):
    try:
        return await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


async def _call(fn, *args, **kwargs):
    # Services are synchronous; keep the event loop free while they talk to the database.
    return await asyncio.to_thread(fn, *args, **kwargs)


@web.middleware
async def errors_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except AppError as error:
        headers = {"Retry-After": str(error.retry_after)} if getattr(error, "retry_after", None) else None
        return web.json_response(error.as_body(), status=error.status, headers=headers)
    except web.HTTPNotFound:
        return web.json_response({"errors": {"body": ["not found"]}}, status=404)


def _auth(request):
    return request.headers.get("Authorization")


def _paging(request):
    try:
        return int(request.query.get("limit", 20)), int(request.query.get("offset", 0))
    except ValueError:
        return 20, 0


@routes.post("/api/users")
async def register(request):
    return web.json_response(await _call(_services(request).users.register, await _body(request)), status=201)


@routes.post("/api/users/login")
async def login(request):
    return web.json_response(await _call(_services(request).users.login, await _body(request), request.remote or "unknown"))


@routes.get("/api/user")
async def current_user(request):
    users = _services(request).users
    user = await _call(users.authenticate, _auth(request))
    return web.json_response(users.user_body(user))


@routes.put("/api/user")
async def update_user(request):
    users = _services(request).users
    user = await _call(users.authenticate, _auth(request))
    return web.json_response(await _call(users.update, user, await _body(request)))


@routes.get("/api/profiles/{username}")
async def profile(request):
    users = _services(request).users
    viewer = await _call(users.optional_user, _auth(request))
    return web.json_response(await _call(users.profile, request.match_info["username"], viewer))


@routes.post("/api/profiles/{username}/follow")
@routes.delete("/api/profiles/{username}/follow")
async def follow(request):
    users = _services(request).users
    viewer = await _call(users.authenticate, _auth(request))
    return web.json_response(await _call(users.follow, viewer, request.match_info["username"], request.method == "POST"))


@routes.get("/api/articles")
async def list_articles(request):
    services = _services(request)
    viewer = await _call(services.users.optional_user, _auth(request))
    limit, offset = _paging(request)
    q = request.query
    return web.json_response(await _call(services.articles.list, viewer, tag=q.get("tag"), author=q.get("author"), favorited=q.get("favorited"), limit=limit, offset=offset))


@routes.get("/api/articles/feed")
async def feed(request):
    services = _services(request)
    viewer = await _call(services.users.authenticate, _auth(request))
    limit, offset = _paging(request)
    return web.json_response(await _call(services.articles.feed, viewer, limit=limit, offset=offset))


@routes.post("/api/articles")
async def create_article(request):
    services = _services(request)
    viewer = await _call(services.users.authenticate, _auth(request))
    return web.json_response(await _call(services.articles.create, viewer, await _body(request)), status=201)


@routes.get("/api/articles/{slug}")
async def get_article(request):
    services = _services(request)
    viewer = await _call(services.users.optional_user, _auth(request))
    return web.json_response(await _call(services.articles.get, request.match_info["slug"], viewer))


@routes.put("/api/articles/{slug}")
async def update_article(request):
    services = _services(request)
    viewer = await _call(services.users.authenticate, _auth(request))
    return web.json_response(await _call(services.articles.update, viewer, request.match_info["slug"], await _body(request)))


@routes.delete("/api/articles/{slug}")
async def delete_article(request):
    services = _services(request)
    viewer = await _call(services.users.authenticate, _auth(request))
    await _call(services.articles.delete, viewer, request.match_info["slug"])
    return web.json_response({})


@routes.post("/api/articles/{slug}/favorite")
@routes.delete("/api/articles/{slug}/favorite")
async def favorite(request):
    services = _services(request)
    viewer = await _call(services.users.authenticate, _auth(request))
    return web.json_response(await _call(services.articles.favorite, viewer, request.match_info["slug"], request.method == "POST"))


@routes.get("/api/articles/{slug}/comments")
async def comments(request):
    services = _services(request)
    viewer = await _call(services.users.optional_user, _auth(request))
    return web.json_response(await _call(services.articles.comments, request.match_info["slug"], viewer))


@routes.post("/api/articles/{slug}/comments")
async def add_comment(request):
    services = _services(request)
    viewer = await _call(services.users.authenticate, _auth(request))
    return web.json_response(await _call(services.articles.add_comment, viewer, request.match_info["slug"], await _body(request)))


@routes.delete("/api/articles/{slug}/comments/{comment_id}")
async def delete_comment(request):
    services = _services(request)
    viewer = await _call(services.users.authenticate, _auth(request))
    await _call(services.articles.delete_comment, viewer, request.match_info["slug"], int(request.match_info["comment_id"]))
    return web.json_response({})


@routes.get("/api/tags")
async def tags(request):
    return web.json_response(await _call(_services(request).articles.tags))
@routes.get("/api/search")
async def search_articles(request):
    services = _services(request)
    viewer = await _call(services.users.optional_user, _auth(request))
    return web.json_response(await SearchService(services.articles).search(request.query.get("q", ""), viewer))
