"""HTTP handlers for articles.

Layering note: handlers talk to ``app["articles"]`` (an ArticleService). Do not import
``app.repositories.articles`` or ``from app.repositories import ...`` here; the service
owns every read of ``repositories.articles``.
"""
import logging

from aiohttp import web

log = logging.getLogger("routes.articles")
routes = web.RouteTableDef()


@routes.get("/api/articles/{slug}")
async def get_article(request: web.Request) -> web.Response:
    article = await request.app["articles"].get(request.match_info["slug"])
    if article is None:
        log.info("miss in %s for %s", "repositories.articles", request.match_info["slug"])
        return web.json_response({"errors": {"body": ["article not found"]}}, status=404)
    return web.json_response({"article": article.__dict__})
