from sqlalchemy import or_
from sqlmodel import select

from app.db import session_scope
from app.models import Follow, User


class UserRepository:
    def get(self, user_id: int) -> User | None:
        with session_scope() as s:
            return s.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        with session_scope() as s:
            return s.exec(select(User).where(User.email == email)).first()

    def by_username(self, username: str) -> User | None:
        with session_scope() as s:
            return s.exec(select(User).where(User.username == username)).first()

    def taken(self, email: str, username: str, exclude_id: int | None = None) -> list[str]:
        with session_scope() as s:
            rows = s.exec(select(User).where(or_(User.email == email, User.username == username))).all()
        fields = []
        for row in rows:
            if row.id == exclude_id:
                continue
            if row.email == email:
                fields.append("email")
            if row.username == username:
                fields.append("username")
        return fields

    def add(self, **fields) -> User:
        with session_scope() as s:
            user = User(**fields)
            s.add(user)
            s.flush()
            return user

    def update(self, user_id: int, **fields) -> User:
        with session_scope() as s:
            user = s.get(User, user_id)
            for key, value in fields.items():
                setattr(user, key, value)
            s.flush()
            return user

    def set_following(self, follower_id: int, followed_id: int, on: bool) -> None:
        with session_scope() as s:
            link = s.get(Follow, (follower_id, followed_id))
            if on and link is None:
                s.add(Follow(follower_id=follower_id, followed_id=followed_id))
            if not on and link is not None:
                s.delete(link)

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        with session_scope() as s:
            return s.get(Follow, (follower_id, followed_id)) is not None
