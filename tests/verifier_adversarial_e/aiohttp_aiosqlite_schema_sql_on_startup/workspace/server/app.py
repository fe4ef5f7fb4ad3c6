from aiohttp import web
from .db import open_db, close_db

routes = web.RouteTableDef()


@routes.get("/api/tags")
async def tags(request):
    async with request.app["db"].execute("SELECT DISTINCT tag FROM article_tags ORDER BY tag") as cur:
        rows = await cur.fetchall()
    return web.json_response({"tags": [r["tag"] for r in rows]})


def build_app():
    app = web.Application()
    app.on_startup.append(open_db)
    app.on_cleanup.append(close_db)
    app.add_routes(routes)
    return app
