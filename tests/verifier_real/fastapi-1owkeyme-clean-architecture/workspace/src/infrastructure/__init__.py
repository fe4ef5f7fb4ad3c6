# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/__init__.py
from . import api_servers as api_servers

from . import repositories as repositories
