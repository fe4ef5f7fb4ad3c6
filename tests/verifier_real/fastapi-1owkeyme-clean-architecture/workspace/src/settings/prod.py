# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/settings/prod.py
from pydantic_settings import SettingsConfigDict

from .app import AppSettings

class ProdAppSettings(AppSettings):
    model_config = SettingsConfigDict(env_file=".env.prod")
