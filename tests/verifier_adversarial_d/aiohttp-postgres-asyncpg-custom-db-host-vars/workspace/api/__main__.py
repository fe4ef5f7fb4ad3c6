import os

from aiohttp import web

from api.db import pg_ctx


async def get_user(request):
    row = await request.app["pool"].fetchrow("SELECT email, username, bio, image FROM users WHERE id = $1", request.get("user_id", 0))
    if row is None:
        return web.json_response({"errors": {"body": ["unauthorized"]}}, status=401)
    return web.json_response({"user": {**dict(row), "token": ""}})


app = web.Application()
app.cleanup_ctx.append(pg_ctx)
app.router.add_get("/api/user", get_user)
web.run_app(app, port=int(os.environ.get("PORT", 8080)))
