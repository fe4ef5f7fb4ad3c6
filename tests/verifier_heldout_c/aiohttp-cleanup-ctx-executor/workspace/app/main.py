from aiohttp import web

from app.config import load_settings
from app.db import engine, init_db
from app.routes import articles, users
from app.routes.common import errors_middleware


async def database(app: web.Application):
    init_db()
    yield
    engine.dispose()


def build_app() -> web.Application:
    app = web.Application(middlewares=[errors_middleware])
    app.add_routes(users.routes)
    app.add_routes(articles.routes)
    app.cleanup_ctx.append(database)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), host="0.0.0.0", port=load_settings().port)
