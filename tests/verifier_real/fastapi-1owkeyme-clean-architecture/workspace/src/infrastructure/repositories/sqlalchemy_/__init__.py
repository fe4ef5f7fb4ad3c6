# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/repositories/sqlalchemy_/__init__.py
from . import movie as movie

from . import review as review

from . import user as user
