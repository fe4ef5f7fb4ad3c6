"""Users, the current user and profiles."""

from __future__ import annotations

from aiohttp import web

from conduit.routes.common import envelope, me, services, viewer

routes = web.RouteTableDef()


@routes.post("/api/users")
async def register(request: web.Request) -> web.Response:
    user = services(request).users.register(await envelope(request, "user"))
    return web.json_response({"user": user}, status=201)


@routes.post("/api/users/login")
async def login(request: web.Request) -> web.Response:
    return web.json_response({"user": services(request).users.login(await envelope(request, "user"))})


@routes.get("/api/user")
async def current_user(request: web.Request) -> web.Response:
    return web.json_response({"user": services(request).users.present(me(request))})


@routes.put("/api/user")
async def update_user(request: web.Request) -> web.Response:
    user = me(request)
    changes = await envelope(request, "user")
    return web.json_response({"user": services(request).users.update(user, changes)})


@routes.get("/api/profiles/{username}")
async def get_profile(request: web.Request) -> web.Response:
    username = request.match_info["username"]
    return web.json_response({"profile": services(request).profiles.get(username, viewer(request))})


@routes.post("/api/profiles/{username}/follow")
async def follow(request: web.Request) -> web.Response:
    username = request.match_info["username"]
    return web.json_response({"profile": services(request).profiles.follow(username, me(request))})


@routes.delete("/api/profiles/{username}/follow")
async def unfollow(request: web.Request) -> web.Response:
    username = request.match_info["username"]
    return web.json_response({"profile": services(request).profiles.unfollow(username, me(request))})
