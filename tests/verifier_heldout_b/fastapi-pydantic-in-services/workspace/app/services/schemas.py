"""Input schemas of the use cases (pydantic), independent of the web framework."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class NewArticle(BaseModel):
    model_config = ConfigDict(extra="ignore")

    title: str = Field(min_length=1, max_length=120)
    description: str = Field(min_length=1, max_length=255)
    body: str = Field(min_length=1, max_length=20000)
    tagList: list[str] = Field(default_factory=list, max_length=10)


class NewComment(BaseModel):
    body: str = Field(min_length=1, max_length=5000)
