# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/models/__init__.py
from .Product import Product

from .User import User

from .UserProduct import UserProduct
