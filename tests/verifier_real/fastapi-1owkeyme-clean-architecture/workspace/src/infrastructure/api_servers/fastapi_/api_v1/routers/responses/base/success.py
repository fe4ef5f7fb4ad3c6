# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/responses/base/success.py
from common import StrictBaseModel

class SuccessResponse(StrictBaseModel):
    result: StrictBaseModel
