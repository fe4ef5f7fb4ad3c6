# excerpt of https://github.com/modern-python/fastapi-sqlalchemy-template@d1c46252a86e:app/resources/__init__.py
