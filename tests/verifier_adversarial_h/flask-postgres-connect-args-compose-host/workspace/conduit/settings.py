"""Settings from the environment, with defaults matching docker-compose.yml."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: os.environ["DATABASE_URL"])
    db_host: str = field(default_factory=lambda: os.environ.get("DB_HOST", "db"))
    db_port: int = field(default_factory=lambda: int(os.environ.get("DB_PORT", "5432")))
    connect_timeout: int = 10
    pool_size: int = 5


settings = Settings()
