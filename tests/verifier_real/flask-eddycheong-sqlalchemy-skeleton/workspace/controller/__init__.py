# excerpt of https://github.com/eddycheong/skeleton-flask-sqlalchemy@117e4cac0bf4:controller/__init__.py
from database import Session

from flask import Flask, Blueprint

session = Session()

from .users import *

app.register_blueprint(api)
