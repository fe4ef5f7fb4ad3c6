import math
import os
import asyncpg
from aiohttp import web
from ratelimit import LoginThrottle

throttle = LoginThrottle()

async def on_startup(app):
    app["db"] = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    await app["db"].execute("CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT, image TEXT)")

async def login(request):
    wait = throttle.hit(request.remote)
    if wait is not None:
        return web.json_response({"errors": {"rate": ["too many attempts"]}}, status=429,
                                 headers={"Retry-After": str(max(1, math.ceil(wait)))})
    body = (await request.json())["user"]
    row = await request.app["db"].fetchrow("SELECT username, email FROM users WHERE email = $1", body["email"])
    if row is None:
        return web.json_response({"errors": {"credentials": ["invalid"]}}, status=401)
    return web.json_response({"user": dict(row)})

app = web.Application()
app.on_startup.append(on_startup)
app.router.add_post("/api/users/login", login)
web.run_app(app, port=int(os.environ.get("PORT", 3000)))
