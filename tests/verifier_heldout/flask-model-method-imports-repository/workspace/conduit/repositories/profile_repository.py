from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ..models.user import User, follows


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        stmt = select(exists().where(follows.c.follower_id == follower_id, follows.c.followed_id == followed_id))
        return bool(self.session.scalar(stmt))

    def by_username(self, username: str) -> User | None:
        return self.session.scalars(select(User).where(User.username == username)).first()
