from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(case_sensitive=True)

    database_url: str = 'postgresql+psycopg://conduit:conduit@localhost:5432/conduit'


settings = Settings()
