# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/common/__init__.py
from . import stars as stars

from .strict_model import StrictBaseModel as StrictBaseModel
