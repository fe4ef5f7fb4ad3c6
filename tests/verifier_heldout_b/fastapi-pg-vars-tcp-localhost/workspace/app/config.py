"""Settings from the environment, with local-development defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db_user: str = os.getenv("PGUSER", "postgres")
    db_password: str = os.getenv("PGPASSWORD", "postgres")
    db_name: str = os.getenv("PGDATABASE", "conduit")
    db_host: str = "localhost"
    db_port: int = int(os.getenv("PGPORT", "5432"))
    jwt_secret: str = os.getenv("JWT_SECRET", "dev-secret")

    @property
    def database_url(self) -> str:
        return f"postgresql+psycopg://{self.db_user}:{self.db_password}@{self.db_host}:{self.db_port}/{self.db_name}"


settings = Settings()
