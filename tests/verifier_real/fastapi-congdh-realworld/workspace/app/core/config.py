# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/core/config.py
import secrets

from pydantic import BaseSettings

class Settings(BaseSettings):
    # API_V1_STR: str = "/api/v1"
    SECRET_KEY: str = secrets.token_urlsafe(32)
    # 60 minutes * 24 hours * 8 days = 8 days
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8
