# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/schemas/profiles.py
from app.schemas.base import BaseModel

class Profile(BaseModel):
    username: str
    bio: str | None = None
    image: str | None = None
    following: bool

class ProfileResponse(BaseModel):
    profile: Profile
