from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from conduit.models import Follow, User


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_id(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        return self.session.scalar(select(User).where(func.lower(User.email) == email.lower()))

    def by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.flush()
        return user

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return self.session.get(Follow, (follower_id, followed_id)) is not None

    def follow(self, follower_id: int, followed_id: int) -> None:
        if not self.is_following(follower_id, followed_id):
            self.session.add(Follow(follower_id=follower_id, followed_id=followed_id))

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        self.session.execute(
            delete(Follow).where(Follow.follower_id == follower_id, Follow.followed_id == followed_id)
        )

    def commit(self) -> None:
        self.session.commit()
