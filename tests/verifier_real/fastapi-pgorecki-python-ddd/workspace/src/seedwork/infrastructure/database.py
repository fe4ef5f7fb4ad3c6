# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/infrastructure/database.py
import json

import logging

import uuid

from sqlalchemy.orm import declarative_base

from sqlalchemy_utils import force_auto_coercion

def _default(val):
    if isinstance(val, uuid.UUID):
        return str(val)
    raise TypeError()
