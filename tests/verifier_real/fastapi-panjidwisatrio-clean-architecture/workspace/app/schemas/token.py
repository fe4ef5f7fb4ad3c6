# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/schemas/token.py
from typing import Optional

from pydantic import BaseModel

class Token(BaseModel):
    access_token: str
    token_type: str

class TokenPayload(BaseModel):
    sub: Optional[int] = None

class TokenBlacklist(BaseModel):
    token: str
