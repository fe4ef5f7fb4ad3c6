from aiohttp import web

from app.config import load_settings
from app.db import init_db
from app.routes import articles, users
from app.routes.common import errors_middleware


async def on_startup(app: web.Application) -> None:
    init_db()


def build_app() -> web.Application:
    app = web.Application(middlewares=[errors_middleware])
    app.add_routes(users.routes)
    app.add_routes(articles.routes)
    app.on_startup.append(on_startup)
    app["comments"] = []
    app["comment_seq"] = 0
    return app


if __name__ == "__main__":
    web.run_app(build_app(), host="0.0.0.0", port=load_settings().port)
