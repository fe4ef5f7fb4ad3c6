from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileDTO:
    username: str
    bio: str | None
    image: str | None
    following: bool = False
