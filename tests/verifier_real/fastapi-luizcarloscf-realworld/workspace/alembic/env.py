# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:alembic/env.py
import asyncio

from logging.config import fileConfig

from sqlalchemy import Connection, pool

from sqlalchemy.ext.asyncio import create_async_engine

from sqlmodel import SQLModel

import conduit.models  # noqa: F401

from alembic import context

from conduit.core.settings import get_settings_cached

target_metadata = SQLModel.metadata

def run_sync(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
    )
    with context.begin_transaction():
        context.run_migrations()

async def run_migrations_online() -> None:
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """
    url = settings.database_uri
    connectable = create_async_engine(
        url,
        poolclass=pool.NullPool,
    )

    async with connectable.connect() as connection:
        await connection.run_sync(run_sync)
