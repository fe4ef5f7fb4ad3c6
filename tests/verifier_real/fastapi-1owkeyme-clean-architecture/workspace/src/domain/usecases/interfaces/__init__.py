# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/__init__.py
from . import repositories as repositories

from . import services as services
