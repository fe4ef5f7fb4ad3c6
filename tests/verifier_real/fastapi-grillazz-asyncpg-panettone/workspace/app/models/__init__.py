# excerpt of https://github.com/grillazz/fastapi-sqlalchemy-asyncpg@5d0207cb9b53:app/models/__init__.py
from app.models.nonsense import *  # noqa

from app.models.shakespeare import *  # noqa

from app.models.stuff import *  # noqa

from app.models.user import *  # noqa
