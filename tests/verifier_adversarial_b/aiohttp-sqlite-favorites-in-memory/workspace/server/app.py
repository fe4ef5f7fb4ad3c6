from aiohttp import web
from server.db import open_db
from server.favorites import FavoriteIndex

async def favorite(request: web.Request) -> web.Response:
    db = request.app["db"]
    slug = request.match_info["slug"]
    async with db.execute("SELECT id FROM articles WHERE slug = ?", (slug,)) as cur:
        row = await cur.fetchone()
    if row is None:
        return web.json_response({"errors": {"article": ["not found"]}}, status=404)
    request.app["favorites"].add(row["id"], request["user_id"])
    return web.json_response({"article": {"slug": slug, "favorited": True,
                                          "favoritesCount": request.app["favorites"].count(row["id"])}})

def make_app() -> web.Application:
    app = web.Application()
    app["favorites"] = FavoriteIndex()
    app.cleanup_ctx.append(open_db)
    app.router.add_post("/api/articles/{slug}/favorite", favorite)
    return app
