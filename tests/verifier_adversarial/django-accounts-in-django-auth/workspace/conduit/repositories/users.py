"""Accounts live in django.contrib.auth (hashing, uniqueness); profiles and follows in SQLAlchemy."""
from django.contrib.auth import get_user_model
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from conduit.models import Follow, User

Account = get_user_model()


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_id(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        account = Account.objects.filter(email__iexact=email).first()
        return self.by_username(account.username) if account else None

    def by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def check_password(self, username: str, password: str) -> bool:
        account = Account.objects.filter(username=username).first()
        return bool(account and account.check_password(password))

    def add(self, user: User, password: str | None = None) -> User:
        Account.objects.create_user(username=user.username, email=user.email, password=password)
        self.session.add(user)
        self.session.flush()
        return user

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return self.session.get(Follow, (follower_id, followed_id)) is not None

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        self.session.execute(delete(Follow).where(Follow.follower_id == follower_id, Follow.followed_id == followed_id))

    def commit(self) -> None:
        self.session.commit()
