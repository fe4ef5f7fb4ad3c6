# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/schemas/tag.py
from typing import List

from pydantic import BaseModel

class TagsResponse(BaseModel):
    tags: List[str]
