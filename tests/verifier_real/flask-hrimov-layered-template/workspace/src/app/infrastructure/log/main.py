# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/log/main.py
import logging

from app.infrastructure.config.models import AppConfig

from app.infrastructure.log.formatters import MainConsoleFormatter
