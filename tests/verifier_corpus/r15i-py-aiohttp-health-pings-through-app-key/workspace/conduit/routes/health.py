from collections.abc import Callable

from aiohttp import web

DB_PING = web.AppKey('db_ping', Callable[[], object])
routes = web.RouteTableDef()


@routes.get('/api/health')
async def health(request: web.Request) -> web.Response:
    request.app[DB_PING]()
    return web.json_response({'status': 'ok'})
