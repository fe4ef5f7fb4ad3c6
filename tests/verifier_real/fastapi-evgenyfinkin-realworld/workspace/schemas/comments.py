# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/schemas/comments.py
from pydantic import BaseModel, EmailStr, HttpUrl

from typing import Optional, List

from .users import User

class Comment(BaseModel):
    id: int
    body: str
    author: User
