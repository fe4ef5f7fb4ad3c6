# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/schemas/profiles.py
from pydantic import BaseModel

from app.models.domain.profiles import Profile

class ProfileInResponse(BaseModel):
    profile: Profile
