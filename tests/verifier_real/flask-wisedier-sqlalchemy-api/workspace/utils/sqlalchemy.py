# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:utils/sqlalchemy.py
import logging

from sqlalchemy_utils import force_auto_coercion

def import_models():
    force_auto_coercion()
    __import__('db.models', fromlist=['*'])
