from functools import lru_cache
from pydantic_settings import BaseSettings, SettingsConfigDict

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONDUIT_", env_file=".env", extra="ignore")

    sqlite_path: str = "./conduit.db"
    jwt_secret: str = "not-so-secret"
    jwt_expires_minutes: int = 60 * 24

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.sqlite_path}"

@lru_cache
def get_settings() -> Settings:
    return Settings()
