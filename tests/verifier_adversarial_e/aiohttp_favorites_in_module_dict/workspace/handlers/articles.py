from aiohttp import web
from . import favorites

routes = web.RouteTableDef()


async def _load(db, slug):
    cur = await db.execute("SELECT id, slug, title, description, body FROM articles WHERE slug = ?", (slug,))
    return await cur.fetchone()


@routes.post("/api/articles/{slug}/favorite")
async def favorite(request):
    row = await _load(request.app["db"], request.match_info["slug"])
    if row is None:
        raise web.HTTPNotFound()
    user_id = request.get("user_id", 0)
    favorites.favorite(row[0], user_id)
    return web.json_response({"article": {"slug": row[1], "title": row[2], "favorited": True, "favoritesCount": favorites.count(row[0])}})
