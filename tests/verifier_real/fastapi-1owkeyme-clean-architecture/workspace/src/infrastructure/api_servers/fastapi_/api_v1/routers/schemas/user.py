# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/schemas/user.py
import typing as t

from pydantic import Field

from common import StrictBaseModel

from domain import entities

from .id_ import Id

class Username(StrictBaseModel):
    username: str = Field(examples=["Frank"])

class UserPublic(Id, Username):
    @classmethod
    def from_entity(cls, entity: entities.user.UserPublic) -> t.Self:
        return cls(id=entity.id, username=entity.username)

class UserId(StrictBaseModel):
    user_id: int = Field(gt=0, examples=[43])

    @classmethod
    def from_id_entity(cls, entity: entities.Id) -> t.Self:
        return cls(user_id=entity.id)
