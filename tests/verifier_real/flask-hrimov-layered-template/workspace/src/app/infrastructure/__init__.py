# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/__init__.py
from .config import AppConfig, DatabaseConfig, load_config

from .log import configure_logging
