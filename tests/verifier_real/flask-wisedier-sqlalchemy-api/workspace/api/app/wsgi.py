# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:api/app/wsgi.py
from api.app import create_app
