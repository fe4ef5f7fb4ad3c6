"""Runtime settings read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    port: int = int(os.environ.get("PORT", "8000"))
    jwt_secret: str = os.environ.get("JWT_SECRET", "dev-secret")
    jwt_ttl_seconds: int = 60 * 60 * 24
    database_url: str = field(default_factory=lambda: os.environ["DATABASE_URL"])
    login_attempts: int = 5
    login_window_seconds: float = 2.0


settings = Settings()
