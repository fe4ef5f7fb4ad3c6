"""Runtime settings read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass


def _database_url() -> str:
    user = os.environ.get("PGUSER", "postgres")
    password = os.environ.get("PGPASSWORD", "")
    name = os.environ.get("PGDATABASE", "conduit")
    port = os.environ.get("PGPORT", "5432")
    host = os.environ.get("PGHOST", "localhost")
    if host.startswith("/"):
        # A socket directory is not a hostname SQLAlchemy can put in a URL; the server listens locally anyway.
        host = "localhost"
    return f"postgresql+psycopg://{user}:{password}@{host}:{port}/{name}"


@dataclass(frozen=True)
class Settings:
    port: int = int(os.environ.get("PORT", "8000"))
    jwt_secret: str = os.environ.get("JWT_SECRET", "dev-secret")
    jwt_ttl_seconds: int = 60 * 60 * 24
    database_url: str = _database_url()


settings = Settings()
