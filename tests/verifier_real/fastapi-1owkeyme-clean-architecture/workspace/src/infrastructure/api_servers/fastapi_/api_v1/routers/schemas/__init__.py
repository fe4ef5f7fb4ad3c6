# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/schemas/__init__.py
from . import auth as auth

from . import movie as movie

from . import review as review

from . import user as user

from .id_ import Id as Id
