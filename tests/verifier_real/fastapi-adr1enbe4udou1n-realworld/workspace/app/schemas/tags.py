# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/schemas/tags.py
from app.schemas.base import BaseModel

class TagsResponse(BaseModel):
    tags: list[str]
