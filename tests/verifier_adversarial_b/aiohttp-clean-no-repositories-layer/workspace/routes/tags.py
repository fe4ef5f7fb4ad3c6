from aiohttp import web
from services import tags


async def list_tags(_request: web.Request) -> web.Response:
    return web.json_response({"tags": [t.name for t in await tags.all_tags()]})
