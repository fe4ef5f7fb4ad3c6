from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import User

# follower id -> ids of the users they follow
_FOLLOWS: dict[int, set[int]] = defaultdict(set)


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_username(self, username: str) -> User | None:
        return self.session.scalars(select(User).where(User.username == username)).first()

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return followed_id in _FOLLOWS[follower_id]

    def follow(self, follower_id: int, followed_id: int) -> None:
        _FOLLOWS[follower_id].add(followed_id)

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        _FOLLOWS[follower_id].discard(followed_id)
