# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/domain/profiles.py
from typing import Optional

from app.models.domain.rwmodel import RWModel

class Profile(RWModel):
    username: str
    bio: str = ""
    image: Optional[str] = None
    following: bool = False
