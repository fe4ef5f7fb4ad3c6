# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/marshmallow.py
from flask_marshmallow import Marshmallow
