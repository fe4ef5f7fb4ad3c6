# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/core/settings/production.py
from app.core.settings.app import AppSettings

class ProdAppSettings(AppSettings):
    class Config(AppSettings.Config):
        env_file = "prod.env"
