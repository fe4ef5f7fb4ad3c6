# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/__init__.py
from .fastapi_ import FastAPIServer as FastAPIServer
