# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/responses/empty.py
import typing as t

from common import StrictBaseModel

from .base import SuccessResponse

class EmptyResult(StrictBaseModel):
    pass

class EmptyResponse(SuccessResponse):
    result: StrictBaseModel

    @classmethod
    def new(cls) -> t.Self:
        return cls(result=EmptyResult())
