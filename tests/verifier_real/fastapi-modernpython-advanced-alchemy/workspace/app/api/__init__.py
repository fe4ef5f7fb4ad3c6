# excerpt of https://github.com/modern-python/fastapi-sqlalchemy-template@d1c46252a86e:app/api/__init__.py
