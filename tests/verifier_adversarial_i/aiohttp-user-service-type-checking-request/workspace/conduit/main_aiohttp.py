"""Start-up: create the schema, mount the route tables, run aiohttp.web."""

import os

from aiohttp import web

from conduit.repositories.database import init_db
from conduit.routes import articles, users
from conduit.routes.auth import errors_middleware


def create_app() -> web.Application:
    init_db()
    app = web.Application(middlewares=[errors_middleware])
    app.add_routes(users.routes)
    app.add_routes(articles.routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
