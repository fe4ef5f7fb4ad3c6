# excerpt of miguelgrinberg/microblog@a975ef648643:app/errors/handlers.py
from flask import render_template, request

from app import db

from app.errors import bp

from app.api.errors import error_response as api_error_response

def internal_error(error):
    db.session.rollback()
    if wants_json_response():
        return api_error_response(500)
    return render_template('errors/500.html'), 500
