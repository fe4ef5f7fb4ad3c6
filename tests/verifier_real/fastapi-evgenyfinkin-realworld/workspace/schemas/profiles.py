# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/schemas/profiles.py
from pydantic import BaseModel, EmailStr, HttpUrl

from typing import Optional, List

class Profile(BaseModel):
    username: str
    bio: str
    image: HttpUrl
    following: List[str]

    class Config:
        orm_mode = True
