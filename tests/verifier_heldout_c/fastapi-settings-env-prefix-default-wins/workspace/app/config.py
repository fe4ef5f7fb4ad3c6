from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONDUIT_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./conduit.db"
    secret_key: str = "conduit-secret-change-me"
    port: int = 8000


@lru_cache
def load_settings() -> Settings:
    return Settings()
