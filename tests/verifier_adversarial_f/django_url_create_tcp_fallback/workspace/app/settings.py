"""Runtime settings read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy.engine import URL


def _database_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ.get("PGUSER"),
        password=os.environ.get("PGPASSWORD"),
        host=os.environ.get("DB_HOST", "127.0.0.1"),
        port=int(os.environ.get("PGPORT", "5432")),
        database=os.environ.get("PGDATABASE"),
    )


@dataclass(frozen=True)
class Settings:
    port: int = int(os.environ.get("PORT", "8000"))
    jwt_secret: str = os.environ.get("JWT_SECRET", "dev-secret")
    jwt_ttl_seconds: int = 60 * 60 * 24
    database_url: URL = field(default_factory=_database_url)


settings = Settings()
