import os

import asyncpg
import redis.asyncio as redis
from aiohttp import web

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password_hash TEXT);
CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT,
    author_id INT REFERENCES users(id), created_at TIMESTAMPTZ DEFAULT now());
"""


async def startup(app: web.Application) -> None:
    app["pg"] = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    async with app["pg"].acquire() as conn:
        await conn.execute(SCHEMA)
    app["redis"] = redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


async def favorite(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    user_id = request["user_id"]
    await request.app["redis"].sadd(f"favorites:{slug}", user_id)
    count = await request.app["redis"].scard(f"favorites:{slug}")
    row = await request.app["pg"].fetchrow("SELECT slug, title, body FROM articles WHERE slug = $1", slug)
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response({"article": {**dict(row), "favorited": True, "favoritesCount": count}})


@web.middleware
async def auth(request: web.Request, handler):
    request["user_id"] = request.headers.get("Authorization", "Token 0")[6:]
    return await handler(request)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def build() -> web.Application:
    app = web.Application(middlewares=[auth])
    app.on_startup.append(startup)
    app.router.add_get("/api/health-check", health)
    app.router.add_post("/api/articles/{slug}/favorite", favorite)
    return app
