from aiohttp import web
from services import tag_service


async def list_tags(_request):
    return web.json_response({"tags": await tag_service.list_tags()})
