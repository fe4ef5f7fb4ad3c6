# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/core/settings/base.py
from enum import Enum

from pydantic import BaseSettings

class AppEnvTypes(Enum):
    prod: str = "prod"
    dev: str = "dev"
    test: str = "test"

class BaseAppSettings(BaseSettings):
    app_env: AppEnvTypes = AppEnvTypes.prod

    class Config:
        env_file = ".env"
