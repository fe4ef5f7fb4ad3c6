import os

from aiohttp import web

from models import Article, User, db


async def health(request):
    return web.json_response({"status": "ok"})


async def list_articles(request):
    limit = int(request.query.get("limit", 20))
    offset = int(request.query.get("offset", 0))
    query = Article.select(Article, User).join(User).order_by(Article.created_at.desc())
    items = [
        {"slug": a.slug, "title": a.title, "body": a.body, "author": {"username": a.author.username}}
        for a in query.limit(limit).offset(offset)
    ]
    return web.json_response({"articles": items, "articlesCount": query.count()})


def main() -> None:
    db.connect()
    db.create_tables([User, Article])
    app = web.Application()
    app.router.add_get("/api/health-check", health)
    app.router.add_get("/api/articles", list_articles)
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    main()
