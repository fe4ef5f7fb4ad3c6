"""Runtime settings read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    database_url: str
    jwt_secret: str
    token_ttl_seconds: int


def _database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://"):]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    if url:
        return url
    path = os.environ.get("SQLITE_PATH", os.path.abspath("conduit.db"))
    return f"sqlite:///{path}"


def load_settings() -> Settings:
    return Settings(
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        database_url=_database_url(),
        jwt_secret=os.environ.get("JWT_SECRET", "conduit-dev-secret"),
        token_ttl_seconds=int(os.environ.get("TOKEN_TTL_SECONDS", str(60 * 60 * 24 * 7))),
    )
