# excerpt of https://github.com/hackersandslackers/flask-sqlalchemy-tutorial@6d2addc9d2c6:wsgi.py
from flask_sqlalchemy_tutorial import create_app
