# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:conduit/user/views.py
from flask import Blueprint, request

from flask_apispec import use_kwargs, marshal_with

from flask_jwt_extended import jwt_required, jwt_optional, create_access_token, current_user

from sqlalchemy.exc import IntegrityError

from conduit.database import db

from conduit.exceptions import InvalidUsage

from conduit.profile.models import UserProfile

from .models import User

from .serializers import user_schema

def register_user(username, password, email, **kwargs):
    try:
        userprofile = UserProfile(User(username, email, password=password, **kwargs).save()).save()
        userprofile.user.token = create_access_token(identity=userprofile.user)
    except IntegrityError:
        db.session.rollback()
        raise InvalidUsage.user_already_registered()
    return userprofile.user

def login_user(email, password, **kwargs):
    user = User.query.filter_by(email=email).first()
    if user is not None and user.check_password(password):
        user.token = create_access_token(identity=user, fresh=True)
        return user
    else:
        raise InvalidUsage.user_not_found()

def get_user():
    user = current_user
    # Not sure about this
    user.token = request.headers.environ['HTTP_AUTHORIZATION'].split('Token ')[1]
    return current_user
