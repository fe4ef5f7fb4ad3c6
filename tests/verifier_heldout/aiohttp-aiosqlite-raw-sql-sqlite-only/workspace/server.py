import os
from pathlib import Path

import aiosqlite
from aiohttp import web

DB_PATH = os.environ["SQLITE_PATH"]


async def on_startup(app: web.Application) -> None:
    app["db"] = await aiosqlite.connect(DB_PATH)
    app["db"].row_factory = aiosqlite.Row
    await app["db"].executescript(Path(__file__).with_name("schema.sql").read_text())
    await app["db"].commit()


async def on_cleanup(app: web.Application) -> None:
    await app["db"].close()


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def list_articles(request: web.Request) -> web.Response:
    limit = int(request.query.get("limit", 20))
    offset = int(request.query.get("offset", 0))
    db = request.app["db"]
    async with db.execute(
        "SELECT a.*, u.username FROM articles a JOIN users u ON u.id = a.author_id "
        "ORDER BY a.created_at DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ) as cur:
        rows = [dict(r) for r in await cur.fetchall()]
    async with db.execute("SELECT COUNT(*) FROM articles") as cur:
        (count,) = await cur.fetchone()
    return web.json_response({"articles": rows, "articlesCount": count})


app = web.Application()
app.on_startup.append(on_startup)
app.on_cleanup.append(on_cleanup)
app.router.add_get("/api/health-check", health)
app.router.add_get("/api/articles", list_articles)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", 8080)))
