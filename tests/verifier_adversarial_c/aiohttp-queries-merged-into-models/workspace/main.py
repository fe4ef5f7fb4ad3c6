import os

from aiohttp import web

from db import SessionLocal, init_schema
from models.queries import UserRepository
from routes.users import domain_errors, routes
from services.users import UserService


def build_app():
    init_schema()
    app = web.Application(middlewares=[domain_errors])
    app["user_service"] = UserService(UserRepository(SessionLocal))
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=int(os.environ.get("PORT", "8000")))
