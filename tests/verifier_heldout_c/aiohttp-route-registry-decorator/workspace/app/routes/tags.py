from aiohttp import web

from app.routes.registry import endpoint
from app.services.articles import ArticleService

_service = ArticleService()


@endpoint("GET", "/api/tags")
async def list_tags(request):
    return web.json_response({"tags": _service.tags()})
