from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings from the environment; every variable carries the CONDUIT_ prefix."""

    model_config = SettingsConfigDict(env_prefix="CONDUIT_")

    database_url: str = "sqlite:///./conduit.db"
    jwt_secret: str = "dev-secret"
    access_token_ttl_minutes: int = 60 * 24


settings = Settings()
