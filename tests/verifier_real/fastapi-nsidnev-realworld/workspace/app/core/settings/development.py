# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/core/settings/development.py
import logging

from app.core.settings.app import AppSettings

class DevAppSettings(AppSettings):
    debug: bool = True

    title: str = "Dev FastAPI example application"

    logging_level: int = logging.DEBUG

    class Config(AppSettings.Config):
        env_file = ".env"
