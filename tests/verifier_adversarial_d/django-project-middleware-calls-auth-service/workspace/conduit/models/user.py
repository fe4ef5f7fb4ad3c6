from dataclasses import dataclass


@dataclass
class User:
    id: int
    email: str
    username: str
    bio: str | None = None
    image: str | None = None
