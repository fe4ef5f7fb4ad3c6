# excerpt of https://github.com/tko22/flask-boilerplate@8be897648118:api/models/base.py
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
