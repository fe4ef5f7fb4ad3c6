# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:autoapp.py
from flask.helpers import get_debug_flag

from conduit.app import create_app

from conduit.settings import DevConfig, ProdConfig
