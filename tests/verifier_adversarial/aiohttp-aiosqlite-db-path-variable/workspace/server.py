import os

import aiosqlite
from aiohttp import web

DB_PATH = os.environ.get("DB_PATH", "conduit.sqlite3")
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password_hash TEXT,
                                  bio TEXT, image TEXT);
CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
"""


async def on_startup(app: web.Application) -> None:
    app["db"] = await aiosqlite.connect(DB_PATH)
    app["db"].row_factory = aiosqlite.Row
    await app["db"].executescript(SCHEMA)


async def on_cleanup(app: web.Application) -> None:
    await app["db"].close()


async def tags(request: web.Request) -> web.Response:
    async with request.app["db"].execute("SELECT name FROM tags ORDER BY name") as cursor:
        return web.json_response({"tags": [row["name"] async for row in cursor]})


app = web.Application()
app.on_startup.append(on_startup)
app.on_cleanup.append(on_cleanup)
app.add_routes([web.get("/api/health-check", lambda r: web.json_response({"status": "ok"})), web.get("/api/tags", tags)])

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
