"""Inputs of the use cases, validated with pydantic (a plain data library, not the web framework)."""
from pydantic import BaseModel, Field


class ArticleDraft(BaseModel):
    title: str = Field(min_length=1)
    description: str = ""
    body: str = Field(min_length=1)
    tagList: list[str] = Field(default_factory=list)
