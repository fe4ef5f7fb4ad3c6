# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/__init__.py
from .api import get_api_router as get_api_router

from .routers import EXCEPTION_TO_HANDLER as EXCEPTION_TO_HANDLER
