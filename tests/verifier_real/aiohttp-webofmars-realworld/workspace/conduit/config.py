# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/config.py
from dynaconf import Dynaconf, Validator

from sqlalchemy import URL

def db_url(driver: str = "postgresql+asyncpg") -> URL:
    return URL.create(
        drivername=driver,
        username=settings.POSTGRES_USER,
        password=settings.POSTGRES_PASSWORD,
        database=settings.POSTGRES_DB,
        host=settings.POSTGRES_HOST,
        port=settings.POSTGRES_PORT,
    )
