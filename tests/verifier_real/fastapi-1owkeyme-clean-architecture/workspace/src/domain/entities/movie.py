# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/entities/movie.py
from datetime import timedelta

from common import StrictBaseModel

from .id_ import Id

class MovieInfo(StrictBaseModel):
    title: str
    duration: timedelta

class Movie(Id, MovieInfo):
    pass
