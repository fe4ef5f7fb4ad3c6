# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/__init__.py
from . import entities as entities

from . import usecases as usecases
