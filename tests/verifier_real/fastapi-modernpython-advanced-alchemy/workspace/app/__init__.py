# excerpt of https://github.com/modern-python/fastapi-sqlalchemy-template@d1c46252a86e:app/__init__.py
