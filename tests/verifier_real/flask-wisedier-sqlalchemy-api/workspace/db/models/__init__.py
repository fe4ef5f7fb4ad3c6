# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/models/__init__.py
from db.models.account import User, UserAccessToken

from db.models.library import Book
