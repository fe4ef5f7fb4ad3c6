# excerpt of https://github.com/eddycheong/skeleton-flask-sqlalchemy@117e4cac0bf4:database/seed/__init__.py
from .seeder import Seeder
