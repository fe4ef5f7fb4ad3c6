# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/schemas/library/__init__.py
from db.schemas.library.author import AuthorSchema

from db.schemas.library.book import BookSchema
