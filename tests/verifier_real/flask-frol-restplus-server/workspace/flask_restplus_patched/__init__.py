# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:flask_restplus_patched/__init__.py
from flask_restplus import *

from .api import Api

from .model import Schema, DefaultHTTPErrorSchema

try:
    from .model import ModelSchema
except ImportError:
    pass

from .namespace import Namespace

from .parameters import Parameters, PostFormParameters, PatchJSONParameters

from .swagger import Swagger

from .resource import Resource
