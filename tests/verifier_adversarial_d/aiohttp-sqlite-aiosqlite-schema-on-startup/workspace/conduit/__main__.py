import os

from aiohttp import web

from conduit.db import sqlite_ctx


async def profile(request: web.Request) -> web.Response:
    async with request.app["db"].execute("SELECT username, bio, image FROM users WHERE username = ?", (request.match_info["username"],)) as cur:
        row = await cur.fetchone()
    if row is None:
        return web.json_response({"errors": {"body": ["not found"]}}, status=404)
    return web.json_response({"profile": {**dict(row), "following": False}})


app = web.Application()
app.cleanup_ctx.append(sqlite_ctx)
app.router.add_get("/api/profiles/{username}", profile)
web.run_app(app, port=int(os.environ.get("PORT", "8080")))
