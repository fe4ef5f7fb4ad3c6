import os
from datetime import datetime, timezone

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient(os.environ.get("MONGODB_URI", "mongodb://localhost:27017"))
db = client["conduit"]


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def create_article(request: web.Request) -> web.Response:
    article = (await request.json())["article"]
    now = datetime.now(timezone.utc).isoformat()
    doc = {**article, "slug": article["title"].lower().replace(" ", "-"), "createdAt": now, "updatedAt": now}
    await db.articles.insert_one(dict(doc))
    return web.json_response({"article": doc}, status=201)


async def list_articles(request: web.Request) -> web.Response:
    limit = int(request.query.get("limit", 20))
    offset = int(request.query.get("offset", 0))
    cursor = db.articles.find({}, {"_id": 0}).sort("createdAt", -1).skip(offset).limit(limit)
    articles = await cursor.to_list(length=limit)
    return web.json_response({"articles": articles, "articlesCount": await db.articles.count_documents({})})


app = web.Application()
app.router.add_get("/api/health-check", health)
app.router.add_get("/api/articles", list_articles)
app.router.add_post("/api/articles", create_article)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
