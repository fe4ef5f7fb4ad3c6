# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/db/migrations/env.py
import pathlib

import sys

from logging.config import fileConfig

from alembic import context

from sqlalchemy import engine_from_config, pool

from app.core.config import get_app_settings  # isort:skip

DATABASE_URL = SETTINGS.database_url

config.set_main_option("sqlalchemy.url", str(DATABASE_URL))

def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)

        with context.begin_transaction():
            context.run_migrations()
