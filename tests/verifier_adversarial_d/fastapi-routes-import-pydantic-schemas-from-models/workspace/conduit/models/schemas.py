from pydantic import BaseModel


class Profile(BaseModel):
    username: str
    bio: str | None = None
    image: str | None = None
    following: bool = False


class ProfileEnvelope(BaseModel):
    profile: Profile
