from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./conduit.db"
    jwt_secret: str = "dev-secret"


@lru_cache
def get_settings() -> Settings:
    return Settings()
