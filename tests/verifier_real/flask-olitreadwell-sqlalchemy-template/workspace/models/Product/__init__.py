# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/models/Product/__init__.py
from .product_model import Product
