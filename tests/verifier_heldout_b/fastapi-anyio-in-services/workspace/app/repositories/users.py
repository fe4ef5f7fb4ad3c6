"""Data access for users and follows."""
from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from app.models import Follow, User


class UserRepository:
    def __init__(self, session_factory):
        self._sessions = session_factory

    def by_id(self, user_id: int) -> User | None:
        with self._sessions() as session:
            return session.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        with self._sessions() as session:
            return session.scalar(select(User).where(User.email == email))

    def by_username(self, username: str) -> User | None:
        with self._sessions() as session:
            return session.scalar(select(User).where(User.username == username))

    def add(self, user: User) -> User | None:
        with self._sessions() as session:
            session.add(user)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                return None
            session.refresh(user)
            return user

    def save(self, user: User) -> User:
        with self._sessions() as session:
            merged = session.merge(user)
            session.commit()
            session.refresh(merged)
            return merged

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        with self._sessions() as session:
            found = session.scalar(
                select(Follow.id).where(Follow.follower_id == follower_id, Follow.followed_id == followed_id)
            )
            return found is not None

    def follow(self, follower_id: int, followed_id: int) -> None:
        if self.is_following(follower_id, followed_id):
            return
        with self._sessions() as session:
            session.add(Follow(follower_id=follower_id, followed_id=followed_id))
            session.commit()

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        with self._sessions() as session:
            session.execute(delete(Follow).where(Follow.follower_id == follower_id, Follow.followed_id == followed_id))
            session.commit()

    def followed_ids(self, follower_id: int) -> list[int]:
        with self._sessions() as session:
            return list(session.scalars(select(Follow.followed_id).where(Follow.follower_id == follower_id)))
