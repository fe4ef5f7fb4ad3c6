# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/services/security/__init__.py
from . import token as token

from . import token_errors as token_errors

from .password import PasswordService as PasswordService

from .token import TokenService as TokenService
