# excerpt of miguelgrinberg/microblog@a975ef648643:app/errors/__init__.py
from flask import Blueprint

from app.errors import handlers
