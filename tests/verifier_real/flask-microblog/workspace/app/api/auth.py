# excerpt of miguelgrinberg/microblog@a975ef648643:app/api/auth.py
import sqlalchemy as sa

from flask_httpauth import HTTPBasicAuth, HTTPTokenAuth

from app import db

from app.models import User

from app.api.errors import error_response

def verify_password(username, password):
    user = db.session.scalar(sa.select(User).where(User.username == username))
    if user and user.check_password(password):
        return user
