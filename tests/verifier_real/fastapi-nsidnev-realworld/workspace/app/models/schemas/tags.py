# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/schemas/tags.py
from typing import List

from pydantic import BaseModel

class TagsInList(BaseModel):
    tags: List[str]
