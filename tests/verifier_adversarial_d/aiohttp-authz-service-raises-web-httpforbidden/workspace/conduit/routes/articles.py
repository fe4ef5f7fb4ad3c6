from aiohttp import web

from conduit.services.articles import ArticleNotFound, ArticleService


def setup_routes(app: web.Application, service: ArticleService) -> None:
    async def delete_article(request: web.Request) -> web.Response:
        try:
            await service.delete(request.match_info["slug"], request.get("user_id", 0))
        except ArticleNotFound:
            return web.json_response({"errors": {"body": ["not found"]}}, status=404)
        return web.json_response({})

    app.router.add_delete("/api/articles/{slug}", delete_article)
