# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:app/extensions/__init__.py
from .logging import Logging

from flask_cors import CORS

from .flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

from sqlalchemy_utils import force_auto_coercion, force_instant_defaults

from flask_login import LoginManager

from flask_marshmallow import Marshmallow

from .auth import OAuth2Provider

from . import api

def init_app(app):
    """
    Application extensions initialization.
    """
    for extension in (
            logging,
            cross_origin_resource_sharing,
            db,
            login_manager,
            marshmallow,
            api,
            oauth2,
        ):
        extension.init_app(app)
