from aiohttp import web

from conduit.keys import ARTICLES
from conduit.services.articles import NotAuthor


class ArticleView(web.View):
    async def get(self) -> web.Response:
        article = await self.request.app[ARTICLES].get(self.request.match_info["slug"])
        if article is None:
            return web.json_response({"errors": {"body": ["not found"]}}, status=404)
        return web.json_response({"article": article.as_dict()})

    async def delete(self) -> web.Response:
        try:
            found = await self.request.app[ARTICLES].delete(self.request.match_info["slug"], self.request.get("user_id", 0))
        except NotAuthor:
            return web.json_response({"errors": {"body": ["forbidden"]}}, status=403)
        return web.json_response({}) if found else web.json_response({"errors": {"body": ["not found"]}}, status=404)
