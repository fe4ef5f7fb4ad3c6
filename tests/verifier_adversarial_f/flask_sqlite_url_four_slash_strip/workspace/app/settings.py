"""Runtime settings read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass


def _sqlite_file() -> str:
    url = os.environ.get("DATABASE_URL", "sqlite:////tmp/conduit.sqlite3")
    # Accept both sqlite:/// and sqlite://// spellings.
    return url.replace("sqlite:////", "").replace("sqlite:///", "")


@dataclass(frozen=True)
class Settings:
    port: int = int(os.environ.get("PORT", "8000"))
    jwt_secret: str = os.environ.get("JWT_SECRET", "dev-secret")
    jwt_ttl_seconds: int = 60 * 60 * 24
    database_url: str = f"sqlite:///{_sqlite_file()}"


settings = Settings()
