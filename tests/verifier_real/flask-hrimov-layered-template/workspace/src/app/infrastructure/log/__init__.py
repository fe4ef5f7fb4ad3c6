# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/log/__init__.py
from .main import configure_logging
