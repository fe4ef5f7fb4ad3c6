from sqlalchemy import select
from sqlalchemy.orm import Session

from conduit.models import User


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

    def follow(self, follower: User, followee: User) -> None:
        if followee not in follower.following:
            follower.following.append(followee)
            self.session.commit()

    def unfollow(self, follower: User, followee: User) -> None:
        if followee in follower.following:
            follower.following.remove(followee)
            self.session.commit()
