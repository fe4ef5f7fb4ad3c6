# excerpt of https://github.com/grillazz/fastapi-sqlalchemy-asyncpg@5d0207cb9b53:app/schemas/stuff.py
from typing import Any

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

class RandomStuff(BaseModel):
    chaos: dict[str, Any] = Field(
        ..., description="Pretty chaotic JSON data can be added here..."
    )

class StuffSchema(BaseModel):
    name: str = Field(
        title="",
        description="",
    )
    description: str = Field(
        title="",
        description="",
    )

class StuffResponse(BaseModel):
    model_config = config
    id: UUID = Field(
        title="Id",
        description="",
    )
    name: str = Field(
        title="",
        description="",
    )
    description: str = Field(
        title="",
        description="",
    )
