from dataclasses import dataclass, field


@dataclass
class UserRecord:
    id: int
    username: str
    bio: str | None = None
    image: str | None = None
    followers: set[int] = field(default_factory=set)
