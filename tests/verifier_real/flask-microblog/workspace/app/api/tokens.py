# excerpt of miguelgrinberg/microblog@a975ef648643:app/api/tokens.py
from app import db

from app.api import bp

from app.api.auth import basic_auth, token_auth

def get_token():
    token = basic_auth.current_user().get_token()
    db.session.commit()
    return {'token': token}

def revoke_token():
    token_auth.current_user().revoke_token()
    db.session.commit()
    return '', 204
