import os
from aiohttp import web
from sqlalchemy import select
from .orm import Article, database_ctx


async def list_articles(request: web.Request) -> web.Response:
    async with request.app["sessions"]() as session:
        result = await session.scalars(select(Article).order_by(Article.created_at.desc()).limit(20))
        items = [{"slug": a.slug, "title": a.title, "body": a.body} for a in result]
    return web.json_response({"articles": items, "articlesCount": len(items)})


def main():
    app = web.Application()
    app.cleanup_ctx.append(database_ctx)
    app.router.add_get("/api/articles", list_articles)
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    main()
