"""Reads and writes of users and of the follow relation."""

from __future__ import annotations

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session, sessionmaker

from conduit.models.user import User, follows


class UserRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get_by_id(self, user_id: int) -> User | None:
        with self._sessions() as session:
            return session.get(User, user_id)

    def get_by_email(self, email: str) -> User | None:
        with self._sessions() as session:
            return session.scalar(select(User).where(User.email == email))

    def get_by_username(self, username: str) -> User | None:
        with self._sessions() as session:
            return session.scalar(select(User).where(User.username == username))

    def is_taken(self, *, email: str | None = None, username: str | None = None, except_id: int | None = None) -> bool:
        query = select(User.id)
        if email is not None:
            query = query.where(User.email == email)
        if username is not None:
            query = query.where(User.username == username)
        if except_id is not None:
            query = query.where(User.id != except_id)
        with self._sessions() as session:
            return session.scalar(query.limit(1)) is not None

    def add(self, user: User) -> User:
        with self._sessions.begin() as session:
            session.add(user)
            session.flush()
            return user

    def save(self, user: User) -> User:
        with self._sessions.begin() as session:
            return session.merge(user)

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        query = select(
            exists().where(follows.c.follower_id == follower_id, follows.c.followed_id == followed_id)
        )
        with self._sessions() as session:
            return bool(session.scalar(query))

    def follow(self, follower_id: int, followed_id: int) -> None:
        if self.is_following(follower_id, followed_id):
            return
        with self._sessions.begin() as session:
            session.execute(insert(follows).values(follower_id=follower_id, followed_id=followed_id))

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(
                delete(follows).where(follows.c.follower_id == follower_id, follows.c.followed_id == followed_id)
            )
