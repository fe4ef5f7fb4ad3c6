"""Settings from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    host: str = os.environ.get("HOST", "0.0.0.0")
    port: int = int(os.environ.get("PORT", "8080"))
    database_file: str = field(
        default_factory=lambda: os.environ.get("CONDUIT_DB_FILE") or os.environ.get("SQLITE_PATH") or "conduit.sqlite3"
    )


settings = Settings()
