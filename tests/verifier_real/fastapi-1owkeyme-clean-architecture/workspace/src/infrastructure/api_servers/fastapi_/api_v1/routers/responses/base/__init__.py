# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/responses/base/__init__.py
from . import error as error

from .error import ErrorResponse as ErrorResponse

from .error import ErrorResult as ErrorResult

from .error_codes import ErrorCode as ErrorCode

from .success import SuccessResponse as SuccessResponse
