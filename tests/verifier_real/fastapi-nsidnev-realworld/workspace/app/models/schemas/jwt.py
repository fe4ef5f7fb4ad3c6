# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/schemas/jwt.py
from datetime import datetime

from pydantic import BaseModel

class JWTMeta(BaseModel):
    exp: datetime
    sub: str

class JWTUser(BaseModel):
    username: str
