# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/entities/id_.py
from common import StrictBaseModel

class Id(StrictBaseModel):
    id: int
