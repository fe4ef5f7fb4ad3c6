# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/api_v1/hello.py
from . import api

from flask import render_template
