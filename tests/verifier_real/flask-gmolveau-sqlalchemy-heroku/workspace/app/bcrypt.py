# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/bcrypt.py
from flask_bcrypt import Bcrypt
