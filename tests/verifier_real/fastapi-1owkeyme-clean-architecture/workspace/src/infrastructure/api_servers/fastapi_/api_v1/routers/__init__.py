# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/__init__.py
from . import auth as auth

from . import dependencies as dependencies

from . import movies as movies

from . import reviews as reviews

from . import users as users

from .exception_handlers import EXCEPTION_TO_HANDLER as EXCEPTION_TO_HANDLER
