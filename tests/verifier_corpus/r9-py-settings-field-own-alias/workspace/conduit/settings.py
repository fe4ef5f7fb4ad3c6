from pydantic import Field
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    db_url: str = Field(default='sqlite:///./local.db', validation_alias='NOTES_DB')


settings = Settings()
