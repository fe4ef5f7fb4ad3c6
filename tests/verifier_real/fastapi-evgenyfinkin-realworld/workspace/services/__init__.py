# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/services/__init__.py
from .postgres import *

from .api import *

from .jwt import *
