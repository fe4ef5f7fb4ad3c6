# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/__init__.py
from . import auth as auth

from . import errors as errors

from . import interfaces as interfaces

from . import movie as movie

from . import review as review

from . import user as user
