from dataclasses import dataclass, field
import itertools

_ids = itertools.count(1)


@dataclass
class User:
    username: str
    email: str
    password_hash: str
    bio: str | None = None
    image: str | None = None
    id: int = field(default_factory=lambda: next(_ids))
