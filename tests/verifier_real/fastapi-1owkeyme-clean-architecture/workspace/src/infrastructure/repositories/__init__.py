# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/repositories/__init__.py
from . import sqlalchemy_ as sqlalchemy_
