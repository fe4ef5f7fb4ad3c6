# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/repositories/__init__.py
from . import movie_errors as movie_errors

from . import review_errors as review_errors

from . import user_errors as user_errors

from .movie import MovieRepository as MovieRepository

from .review import ReviewRepository as ReviewRepository

from .user import UserRepository as UserRepository
