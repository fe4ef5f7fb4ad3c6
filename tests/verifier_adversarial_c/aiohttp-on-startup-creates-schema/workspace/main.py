import os

from aiohttp import web

from db import SessionLocal, engine, init_schema
from repositories.users import UserRepository
from routes.users import domain_errors, routes
from services.users import UserService


def build_app():
    app = web.Application(middlewares=[domain_errors])

    async def create_schema(app):
        init_schema()

    async def dispose(app):
        engine.dispose()

    app.on_startup.append(create_schema)
    app.on_cleanup.append(dispose)
    app["user_service"] = UserService(UserRepository(SessionLocal))
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=int(os.environ.get("PORT", "8000")))
