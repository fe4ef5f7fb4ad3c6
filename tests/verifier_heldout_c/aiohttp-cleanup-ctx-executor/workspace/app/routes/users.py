from aiohttp import web

from app.routes.common import body_of, current_user, users

routes = web.RouteTableDef()


def _user_json(user):
    return {"user": {"email": user.email, "username": user.username, "bio": user.bio,
                     "image": user.image, "token": users.token_for(user)}}


@routes.post("/api/users")
async def register(request):
    data = await body_of(request, "user")
    user = users.register(data.get("username"), data.get("email"), data.get("password"))
    return web.json_response(_user_json(user), status=201)


@routes.post("/api/users/login")
async def login(request):
    data = await body_of(request, "user")
    return web.json_response(_user_json(users.login(data.get("email"), data.get("password"))))


@routes.get("/api/user")
async def me(request):
    return web.json_response(_user_json(current_user(request)))


@routes.put("/api/user")
async def update_me(request):
    data = await body_of(request, "user")
    return web.json_response(_user_json(users.update(current_user(request), **data)))


@routes.get("/api/profiles/{username}")
async def profile(request):
    viewer = current_user(request, required=False)
    return web.json_response({"profile": users.profile(request.match_info["username"], viewer)})


@routes.post("/api/profiles/{username}/follow")
async def follow(request):
    return web.json_response({"profile": users.follow(current_user(request), request.match_info["username"], True)})


@routes.delete("/api/profiles/{username}/follow")
async def unfollow(request):
    return web.json_response({"profile": users.follow(current_user(request), request.match_info["username"], False)})
