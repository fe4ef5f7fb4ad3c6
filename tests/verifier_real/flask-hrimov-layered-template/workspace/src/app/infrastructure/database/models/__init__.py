# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/database/models/__init__.py
from .base import BaseModel, CreatedUpdatedAtMixin

from .user import User

__all__ = [
    BaseModel,
    CreatedUpdatedAtMixin,
    User,
]
