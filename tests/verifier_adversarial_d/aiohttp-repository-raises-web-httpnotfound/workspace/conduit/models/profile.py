from typing import NamedTuple


class Profile(NamedTuple):
    username: str
    bio: str | None
    image: str | None
