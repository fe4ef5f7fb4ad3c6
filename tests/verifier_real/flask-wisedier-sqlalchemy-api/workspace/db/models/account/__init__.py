# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/models/account/__init__.py
from db.models.account.user import User, UserAccessToken
