# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/schemas/token.py
from typing import Optional

from pydantic import BaseModel

class TokenSchema(BaseModel):
    access_token: str
    refresh_token: str

class TokenPayload(BaseModel):
    sub: Optional[int] = None
    exp: Optional[int] = None
