"""Composition root: async engine on the evaluator's SQLite file, schema on startup, DI into handlers."""
import os

from aiohttp import web
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from conduit.models.base import Base
from conduit.repositories.users import UserRepository
from conduit.routes.users import UserHandlers
from conduit.services.users import UserService


def database_url() -> str:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{os.environ['SQLITE_PATH']}"
    return url.replace("sqlite://", "sqlite+aiosqlite://", 1)


def create_app() -> web.Application:
    engine = create_async_engine(database_url())
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def on_startup(_app: web.Application) -> None:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

    async def on_cleanup(_app: web.Application) -> None:
        await engine.dispose()

    handlers = UserHandlers(UserService(lambda: UserRepository(sessions)), os.environ.get("JWT_SECRET", "dev"))
    app = web.Application()
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    app.add_routes(handlers.routes())
    return app
