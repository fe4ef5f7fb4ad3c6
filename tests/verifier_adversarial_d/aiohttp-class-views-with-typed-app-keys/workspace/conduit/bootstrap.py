import os

from aiohttp import web

from conduit.keys import ARTICLES
from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import ArticleView
from conduit.services.articles import ArticleService


async def wiring(app: web.Application):
    app[ARTICLES] = ArticleService(ArticleRepository())
    yield


def make_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(wiring)
    app.router.add_view("/api/articles/{slug}", ArticleView)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))
