# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/extensions.py
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
