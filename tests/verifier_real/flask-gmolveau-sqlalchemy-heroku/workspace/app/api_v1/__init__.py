# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/api_v1/__init__.py
from flask import Blueprint

from . import hello

from . import user

from . import webhook
