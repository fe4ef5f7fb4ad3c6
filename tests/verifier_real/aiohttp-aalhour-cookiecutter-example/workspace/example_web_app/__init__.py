# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/__init__.py
from example_web_app.core import context

from example_web_app.core.config import get_config, get_settings

from example_web_app.core.database import db, transactional_session, Base

from example_web_app.core.logger import get_logger

from example_web_app.core.redis import redis_client

__all__ = [
    "__version__",
    "APP_NAME",
    "context",
    "get_config",
    "get_settings",
    "db",
    "transactional_session",
    "Base",
    "get_logger",
    "redis_client",
]
