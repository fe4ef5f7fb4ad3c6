# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/schemas/tags.py
from pydantic import BaseModel, EmailStr, HttpUrl

from typing import Optional, List

class Tag(BaseModel):
    tag_name: str

    class Config:
        orm_mode = True
