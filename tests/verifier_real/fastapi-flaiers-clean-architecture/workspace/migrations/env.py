# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:migrations/env.py
import asyncio

import sys

from logging.config import fileConfig

from pathlib import Path

from alembic import context

from sqlalchemy import engine_from_config, pool

from sqlalchemy.ext.asyncio import AsyncEngine

from internal.config import settings  # noqa: E402

from internal.entity import application  # noqa: F401, E402

from internal.entity.base import Base  # noqa: E402

def get_url():
    return settings.DATABASE_URI

def run_migrations_offline():
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string
    to the script output.

    """
    url = get_url()
    context.configure(
        url=url,
        compare_type=True,
        literal_binds=True,
        target_metadata=target_metadata,
        dialect_opts={'paramstyle': 'named'},
    )

    with context.begin_transaction():
        context.run_migrations()

def sync_run_migrations(connection):
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
    )

    with context.begin_transaction():
        context.run_migrations()

async def run_migrations_online():
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """
    configuration = config.get_section(
        config.config_ini_section,
    )
    configuration['sqlalchemy.url'] = get_url()
    connectable = AsyncEngine(
        engine_from_config(
            configuration,
            prefix='sqlalchemy.',
            poolclass=pool.NullPool,
            future=True,
        ),
    )
    async with connectable.connect() as connection:
        await connection.run_sync(sync_run_migrations)
