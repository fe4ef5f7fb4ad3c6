"""Settings from the environment (pydantic-settings)."""
from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.pool import StaticPool


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    port: int = 8000
    jwt_secret: str = "dev-secret"
    jwt_ttl_seconds: int = 60 * 60 * 24
    sqlite_path: str = Field(default="conduit.sqlite3", alias="SQLITE_PATH")
    testing: bool = True  # flipped off by deployments via TESTING=0

    @property
    def database_url(self) -> str:
        return "sqlite://" if self.testing else f"sqlite:///{self.sqlite_path}"

    @property
    def engine_options(self) -> dict:
        if self.testing:
            return {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        return {"connect_args": {"check_same_thread": False}}


settings = Settings()
