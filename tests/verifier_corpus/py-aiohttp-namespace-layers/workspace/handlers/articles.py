from aiohttp import web

from usecases.articles import get_article

routes = web.RouteTableDef()


@routes.get('/api/articles/{slug}')
async def article(request):
    return web.json_response({'article': await get_article(request.match_info['slug'])})
