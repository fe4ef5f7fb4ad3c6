# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/models/User/__init__.py
from .user_model import User
