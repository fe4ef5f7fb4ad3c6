from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./conduit.db"
    jwt_secret: str = "change-me"
    jwt_algorithm: str = "HS256"


settings = Settings()
