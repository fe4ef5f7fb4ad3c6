# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:app/extensions/auth/__init__.py
from .oauth2 import OAuth2Provider
