from aiohttp import web

from app.services.articles import NotFound


@web.middleware
async def error_middleware(request, handler):
    try:
        return await handler(request)
    except NotFound:
        return web.json_response({"errors": {"body": ["article not found"]}}, status=404)
