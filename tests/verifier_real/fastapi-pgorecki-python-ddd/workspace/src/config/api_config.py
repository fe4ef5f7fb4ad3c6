# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/config/api_config.py
from pydantic import Field

from pydantic_settings import BaseSettings

class ApiConfig(BaseSettings):
    """
    All API Settings are here
    """

    APP_NAME: str = "Online Auctions API"
    DEBUG: bool = Field(default=True)
    DATABASE_ECHO: bool = Field(default=False)
    DATABASE_URL: str = Field(
        default="postgresql://postgres:password@localhost:5432/postgres",
    )
    LOGGER_NAME: str = "api"
