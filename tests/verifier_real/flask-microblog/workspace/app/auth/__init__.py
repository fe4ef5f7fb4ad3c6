# excerpt of miguelgrinberg/microblog@a975ef648643:app/auth/__init__.py
from flask import Blueprint

from app.auth import routes
