# excerpt of miguelgrinberg/microblog@a975ef648643:app/api/__init__.py
from flask import Blueprint

from app.api import users, errors, tokens
