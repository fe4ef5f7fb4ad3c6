# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/database.py
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
