# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:alembic/env.py
import asyncio

from logging.config import fileConfig

from sqlalchemy import Connection, engine_from_config, pool

from sqlalchemy.ext.asyncio import AsyncEngine

from alembic import context

from app.core.config import get_settings

from app.core.models import Base  # noqa

import app.auth.models  # noqa

def run_migrations_offline() -> None:
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.

    """
    url = get_database_uri()
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        compare_type=True,
        compare_server_default=True,
    )

    with context.begin_transaction():
        context.run_migrations()

def do_run_migrations(connection: Connection | None) -> None:
    context.configure(
        connection=connection, target_metadata=target_metadata, compare_type=True
    )

    with context.begin_transaction():
        context.run_migrations()

async def run_migrations_online() -> None:
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """
    configuration = config.get_section(config.config_ini_section)
    assert configuration
    configuration["sqlalchemy.url"] = get_database_uri()
    connectable = AsyncEngine(
        engine_from_config(
            configuration,
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
            future=True,
        )
    )
    async with connectable.connect() as connection:
        await connection.run_sync(do_run_migrations)

if context.is_offline_mode():
    run_migrations_offline()
else:
    try:
        loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        loop = None

    if loop and loop.is_running():
        # pytest-asyncio or other test runner is running the event loop
        # so we need to use run_coroutine_threadsafe
        future = asyncio.run_coroutine_threadsafe(run_migrations_online(), loop)
        future.result(timeout=15)
    else:
        # no event loop is running, safe to use asyncio.run
        asyncio.run(run_migrations_online())
