# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/dependencies/__init__.py
from . import auth as auth

from . import auth_errors as auth_errors

from . import forms as forms

from . import path as path

from . import usecases as usecases
