from pydantic import Field
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    db_url: str = Field('sqlite:///./local.db', alias='DATABASE_URL')


settings = Settings()
