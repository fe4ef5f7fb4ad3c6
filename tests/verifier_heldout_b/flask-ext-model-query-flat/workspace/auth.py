import os
import secrets
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import g, jsonify, request
from werkzeug.security import check_password_hash, generate_password_hash

from models import User

SECRET = os.environ.get("SECRET_KEY") or secrets.token_hex(32)


def hash_password(raw):
    return generate_password_hash(raw, method="pbkdf2:sha256:260000")


def password_ok(stored, raw):
    return check_password_hash(stored, raw)


def token_for(user):
    return jwt.encode({"sub": str(user.id), "exp": datetime.now(timezone.utc) + timedelta(days=7)}, SECRET, algorithm="HS256")


def current_user(optional=False):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        return None
    try:
        claims = jwt.decode(header[6:], SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        return None
    return User.query.get(int(claims["sub"]))


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        user = current_user()
        if user is None:
            return jsonify({"errors": {"body": ["unauthorized"]}}), 401
        g.user = user
        return view(*args, **kwargs)
    return wrapper
