import asyncio
import os
from alembic import context
from sqlalchemy.ext.asyncio import create_async_engine
from conduit.models import Base

target_metadata = Base.metadata


def _url():
    url = os.environ.get("DATABASE_URL") or context.config.get_main_option("sqlalchemy.url")
    return url.replace("postgresql://", "postgresql+asyncpg://", 1)


def do_run(connection):
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


async def run_online():
    engine = create_async_engine(_url())
    async with engine.connect() as conn:
        await conn.run_sync(do_run)
    await engine.dispose()


asyncio.run(run_online())
