from aiohttp import web

from app.services.articles import ArticleService


class ArticleRoutes:
    def __init__(self, service: ArticleService, secret: str) -> None:
        self.service, self.secret = service, secret

    def table(self) -> list[web.RouteDef]:
        return [web.get("/api/health-check", self.health), web.get("/api/articles/{slug}", self.get)]

    async def health(self, _request):
        return web.json_response({"status": "ok"})

    async def get(self, request):
        a = await self.service.get(request.match_info["slug"])
        return web.json_response({"article": {
            "slug": a.slug, "title": a.title, "description": a.description, "body": a.body, "tagList": a.tag_list,
            "createdAt": a.created_at.isoformat(), "updatedAt": a.updated_at.isoformat(), "favorited": False,
            "favoritesCount": 0, "author": {"username": a.author, "bio": None, "image": None, "following": False}}})
