# excerpt of https://github.com/eddycheong/skeleton-flask-sqlalchemy@117e4cac0bf4:database/seed/users.py
from database.model import User
