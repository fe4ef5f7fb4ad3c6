# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/schemas/health.py
from pydantic import BaseModel

class HealthResponse(BaseModel):
    status: str
