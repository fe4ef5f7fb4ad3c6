# excerpt of https://github.com/rhoboro/async-fastapi-sqlalchemy@6c08827241e9:migrations/env.py
import asyncio

from logging.config import fileConfig

from alembic import context

from app.db import async_engine

from app.models.base import Base

def run_migrations_offline():
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.

    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        # MATERIALIZED VIEW など無視する場合は下記をクラス属性に設定する
        # __table_args__ = {"info": {"skip_autogen": True}}
        include_object=include_object,
        # 型変更を検知する
        compare_type=True,
    )

    with context.begin_transaction():
        context.run_migrations()

def do_run_migrations(connection):
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        dialect_opts={"paramstyle": "named"},
        # MATERIALIZED VIEW など無視する場合は下記をクラス属性に設定する
        # __table_args__ = {"info": {"skip_autogen": True}}
        include_object=include_object,
        # 型変更を検知する
        compare_type=True,
    )

    with context.begin_transaction():
        context.run_migrations()

async def run_migrations_online():
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """
    connectable = async_engine

    async with connectable.connect() as connection:
        await connection.run_sync(do_run_migrations)
