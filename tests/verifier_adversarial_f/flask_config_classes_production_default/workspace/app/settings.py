"""Configuration classes, selected by APP_CONFIG (see README)."""
from __future__ import annotations

import os

from sqlalchemy.pool import StaticPool


class BaseConfig:
    port = int(os.environ.get("PORT", "8000"))
    jwt_secret = os.environ.get("JWT_SECRET", "dev-secret")
    jwt_ttl_seconds = 60 * 60 * 24
    # Throwaway database; concrete environments override it.
    database_url = "sqlite://"
    engine_options: dict = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}


class TestingConfig(BaseConfig):
    pass


class DevelopmentConfig(BaseConfig):
    database_url = "sqlite:///instance/conduit-dev.sqlite3"
    engine_options = {"echo": True}


class ProductionConfig(BaseConfig):
    database_url = f"sqlite:///{os.environ.get('SQLITE_PATH', '/var/lib/conduit/conduit.sqlite3')}"
    engine_options = {"connect_args": {"check_same_thread": False}}


CONFIGS = {"testing": TestingConfig, "development": DevelopmentConfig, "production": ProductionConfig}

settings = CONFIGS[os.environ.get("APP_CONFIG", "production")]()
