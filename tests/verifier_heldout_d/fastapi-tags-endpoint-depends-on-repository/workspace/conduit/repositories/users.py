"""Users and follow relations."""

from __future__ import annotations

from sqlalchemy import select

from conduit.models.entities import User
from conduit.repositories.database import Database


class UserRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get_by_id(self, user_id: int) -> User | None:
        with self.db.session() as session:
            return session.get(User, user_id)

    def get_by_email(self, email: str) -> User | None:
        with self.db.session() as session:
            return session.scalar(select(User).where(User.email == email))

    def get_by_username(self, username: str) -> User | None:
        with self.db.session() as session:
            return session.scalar(select(User).where(User.username == username))

    def add(self, username: str, email: str, password_hash: str) -> User:
        with self.db.session() as session:
            user = User(username=username, email=email, password_hash=password_hash)
            session.add(user)
            session.flush()
            return user

    def update(self, user_id: int, **fields: object) -> User:
        with self.db.session() as session:
            user = session.get(User, user_id)
            for name, value in fields.items():
                setattr(user, name, value)
            session.flush()
            return user

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        with self.db.session() as session:
            follower = session.get(User, follower_id)
            return any(u.id == followed_id for u in follower.following) if follower else False

    def set_following(self, follower_id: int, followed_id: int, follow: bool) -> None:
        with self.db.session() as session:
            follower = session.get(User, follower_id)
            followed = session.get(User, followed_id)
            if follow and followed not in follower.following:
                follower.following.append(followed)
            elif not follow and followed in follower.following:
                follower.following.remove(followed)
