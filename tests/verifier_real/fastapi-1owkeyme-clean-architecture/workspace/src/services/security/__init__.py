# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/services/security/__init__.py
from . import password as password

from . import token as token
