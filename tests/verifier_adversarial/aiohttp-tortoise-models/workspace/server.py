import os

from aiohttp import web
from tortoise import Tortoise

from conduit.models import Article, User


async def init_db(_app: web.Application) -> None:
    await Tortoise.init(db_url=f"sqlite://{os.environ['SQLITE_PATH']}", modules={"models": ["conduit.models"]})
    await Tortoise.generate_schemas(safe=True)


async def close_db(_app: web.Application) -> None:
    await Tortoise.close_connections()


async def health(_request):
    return web.json_response({"status": "ok"})


async def get_article(request):
    article = await Article.get_or_none(slug=request.match_info["slug"]).prefetch_related("author")
    if article is None:
        return web.json_response({"errors": {"body": ["article not found"]}}, status=404)
    return web.json_response({"article": article.to_dict()})


async def profile(request):
    user = await User.get_or_none(username=request.match_info["username"])
    if user is None:
        return web.json_response({"errors": {"body": ["profile not found"]}}, status=404)
    return web.json_response({"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}})


app = web.Application()
app.on_startup.append(init_db)
app.on_cleanup.append(close_db)
app.add_routes([web.get("/api/health-check", health), web.get("/api/articles/{slug}", get_article),
                web.get("/api/profiles/{username}", profile)])

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
