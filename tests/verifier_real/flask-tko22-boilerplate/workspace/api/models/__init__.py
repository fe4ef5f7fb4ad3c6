# excerpt of https://github.com/tko22/flask-boilerplate@8be897648118:api/models/__init__.py
from .Email import Email

from .Person import Person

from .base import db

__all__ = ["Email", "Person", "db"]
