from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session

from conduit.models import User, follows


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        return self.session.scalar(select(User).where(User.email == email))

    def by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.commit()
        return user

    def save(self, user: User) -> User:
        self.session.commit()
        return user

    def is_following(self, follower: User, followee: User) -> bool:
        query = select(exists().where(follows.c.follower_id == follower.id, follows.c.followee_id == followee.id))
        return bool(self.session.scalar(query))

    def follow(self, follower: User, followee: User) -> None:
        if not self.is_following(follower, followee):
            self.session.execute(insert(follows).values(follower_id=follower.id, followee_id=followee.id))
            self.session.commit()
            self.session.refresh(follower)

    def unfollow(self, follower: User, followee: User) -> None:
        self.session.execute(
            delete(follows).where(follows.c.follower_id == follower.id, follows.c.followee_id == followee.id)
        )
        self.session.commit()
        self.session.refresh(follower)
