# excerpt of https://github.com/modern-python/fastapi-sqlalchemy-template@d1c46252a86e:migrations/env.py
from logging.config import fileConfig

from alembic import context

from sqlalchemy import URL, create_engine

from app.models import METADATA

from app.settings import settings

def get_dsn() -> URL:
    db_dsn = settings.db_dsn_parsed
    return db_dsn.set(drivername="postgresql")

def run_migrations_offline() -> None:
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.
    """
    context.configure(
        url=get_dsn(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()

def run_migrations_online() -> None:
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine and associate a
    connection with the context.
    """
    connectable = create_engine(get_dsn())

    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)

        with context.begin_transaction():
            context.run_migrations()
