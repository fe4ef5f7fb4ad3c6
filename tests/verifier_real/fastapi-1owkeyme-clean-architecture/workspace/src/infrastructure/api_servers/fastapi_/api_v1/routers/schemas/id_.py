# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/schemas/id_.py
import typing as t

from pydantic import Field

from common import StrictBaseModel

from domain import entities

class Id(StrictBaseModel):
    id: int = Field(gt=0, examples=[123])

    def to_id_entity(self) -> entities.Id:
        return entities.Id(id=self.id)

    @classmethod
    def from_id_entity(cls, entity: entities.Id) -> t.Self:
        return cls(id=entity.id)
