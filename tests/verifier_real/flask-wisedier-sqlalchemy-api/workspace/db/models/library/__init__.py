# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/models/library/__init__.py
from db.models.library.author import Author

from db.models.library.book import Book
