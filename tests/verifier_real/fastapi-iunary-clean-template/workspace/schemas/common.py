# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:schemas/common.py
from typing import Optional

from pydantic import BaseModel

class CommonParams(BaseModel):
    q: Optional[str] = None
    limit: int = 100
    skip: int = 0
