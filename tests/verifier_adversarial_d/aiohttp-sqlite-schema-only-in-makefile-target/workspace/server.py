import asyncio
import os
import sqlite3

from aiohttp import web

DB_PATH = os.environ["SQLITE_PATH"]


def _tags() -> list[str]:
    with sqlite3.connect(DB_PATH) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM tags ORDER BY name")]


async def tags(request: web.Request) -> web.Response:
    return web.json_response({"tags": await asyncio.to_thread(_tags)})


app = web.Application()
app.router.add_get("/api/tags", tags)
web.run_app(app, port=int(os.environ.get("PORT", 8080)))
