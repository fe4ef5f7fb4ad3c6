# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/repositories/sqlalchemy_/models/__init__.py
from . import movie as movie

from . import review as review

from . import user as user

from .base import Base as Base

from .id_ import Id as Id

from .movie import Movie as Movie

from .review import Review as Review

from .user import User as User

from .user import UserRelationMixin as UserRelationMixin
