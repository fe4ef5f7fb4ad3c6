# excerpt of testdrivenio/fastapi-tdd-docker@13cff4273ad9:project/app/config.py
import logging

from functools import lru_cache

from pydantic import AnyUrl

from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    environment: str = "dev"
    testing: bool = 0
    database_url: AnyUrl = None

def get_settings() -> BaseSettings:
    log.info("Loading config settings from the environment...")
    return Settings()
