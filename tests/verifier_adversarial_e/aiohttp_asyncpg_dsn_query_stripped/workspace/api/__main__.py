import os
from aiohttp import web
from . import db


async def current_user(request):
    row = await request.app["pool"].fetchrow("SELECT email, username, bio, image FROM users WHERE id = $1", request.get("uid", 0))
    if row is None:
        raise web.HTTPUnauthorized()
    return web.json_response({"user": {**dict(row), "token": request.headers.get("Authorization", "")[6:]}})


app = web.Application()
app.on_startup.append(db.init)
app.on_cleanup.append(db.close)
app.router.add_get("/api/user", current_user)
web.run_app(app, port=int(os.getenv("PORT", "8080")))
