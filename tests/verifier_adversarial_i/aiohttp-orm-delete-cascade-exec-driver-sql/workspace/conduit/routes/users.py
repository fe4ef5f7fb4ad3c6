from aiohttp import web

from conduit.routes.auth import body_of, viewer
from conduit.services.users import user_service

routes = web.RouteTableDef()


@routes.post("/api/users")
async def register(request: web.Request):
    return web.json_response({"user": user_service.register(await body_of(request, "user"))}, status=201)


@routes.post("/api/users/login")
async def login(request: web.Request):
    return web.json_response({"user": user_service.login(await body_of(request, "user"))})


@routes.get("/api/user")
async def current_user(request: web.Request):
    user, token = viewer(request, required=True)
    return web.json_response({"user": user_service.current(user, token)})


@routes.put("/api/user")
async def update_user(request: web.Request):
    user, token = viewer(request, required=True)
    return web.json_response({"user": user_service.update(user, token, await body_of(request, "user"))})


@routes.get("/api/profiles/{username}")
async def profile(request: web.Request):
    user, _ = viewer(request)
    return web.json_response({"profile": user_service.profile(request.match_info["username"], user)})


@routes.post("/api/profiles/{username}/follow")
async def follow(request: web.Request):
    user, _ = viewer(request, required=True)
    return web.json_response({"profile": user_service.set_following(user, request.match_info["username"], True)})


@routes.delete("/api/profiles/{username}/follow")
async def unfollow(request: web.Request):
    user, _ = viewer(request, required=True)
    return web.json_response({"profile": user_service.set_following(user, request.match_info["username"], False)})
