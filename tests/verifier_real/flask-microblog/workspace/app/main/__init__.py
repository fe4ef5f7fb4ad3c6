# excerpt of miguelgrinberg/microblog@a975ef648643:app/main/__init__.py
from flask import Blueprint

from app.main import routes
