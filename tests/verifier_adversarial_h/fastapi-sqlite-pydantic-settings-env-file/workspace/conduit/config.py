"""Typed settings: environment variables first, then .env for local runs."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    sqlite_path: Path = Path("dev.sqlite")
    jwt_secret: str = "conduit-dev-secret"
    port: int = 8000

    @property
    def sqlalchemy_url(self) -> str:
        return f"sqlite:///{self.sqlite_path.resolve()}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
