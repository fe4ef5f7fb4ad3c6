# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/dependencies/path.py
import typing as t

from fastapi import Depends, Path

from .. import schemas

UserIdFromPathDependency = t.Annotated[schemas.id_.Id, Depends(__get_aliased_id_from_path("user_id"))]

MovieIdFromPathDependency = t.Annotated[schemas.id_.Id, Depends(__get_aliased_id_from_path("movie_id"))]

ReviewIdFromPathDependency = t.Annotated[schemas.id_.Id, Depends(__get_aliased_id_from_path("review_id"))]
