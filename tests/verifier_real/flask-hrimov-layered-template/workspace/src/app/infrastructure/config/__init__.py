# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/config/__init__.py
from .models import AppConfig, DatabaseConfig

from .parsers import load_config
