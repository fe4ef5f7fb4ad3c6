# excerpt of https://github.com/eddycheong/skeleton-flask-sqlalchemy@117e4cac0bf4:database/model/__init__.py
from sqlalchemy.ext.declarative import declarative_base

from .user import User
