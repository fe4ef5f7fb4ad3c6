# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/schemas/__init__.py
from db.schemas.library import AuthorSchema, BookSchema
