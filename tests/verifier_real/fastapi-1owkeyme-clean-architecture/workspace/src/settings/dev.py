# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/settings/dev.py
import logging

from pydantic_settings import SettingsConfigDict

from .app import AppSettings

class DevAppSettings(AppSettings):
    model_config = SettingsConfigDict(env_file=".env.example")

    logging_level: int = logging.DEBUG
