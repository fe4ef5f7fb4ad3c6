# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/models/UserProduct/__init__.py
from .user_product_model import UserProduct
