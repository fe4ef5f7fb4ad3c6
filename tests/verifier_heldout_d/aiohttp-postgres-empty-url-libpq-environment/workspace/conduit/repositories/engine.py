"""PostgreSQL engine configured entirely by libpq's environment.

"postgresql+psycopg://" names no host, user or database: psycopg hands an empty conninfo to libpq,
which fills every field from PGHOST (the socket directory), PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine


def create_engine_from_environment() -> Engine:
    return create_engine("postgresql+psycopg://", pool_pre_ping=True, pool_size=5)
