from sqlalchemy import or_, select

from app.db import session_scope
from app.models import User


class UserRepository:
    def get(self, user_id: int) -> User | None:
        with session_scope() as s:
            return s.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        with session_scope() as s:
            return s.scalars(select(User).where(User.email == email)).first()

    def by_username(self, username: str) -> User | None:
        with session_scope() as s:
            return s.scalars(select(User).where(User.username == username)).first()

    def taken(self, email: str, username: str, exclude_id: int | None = None) -> list[str]:
        with session_scope() as s:
            rows = s.scalars(select(User).where(or_(User.email == email, User.username == username))).all()
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
            follower = s.get(User, follower_id)
            followed = s.get(User, followed_id)
            if on and followed not in follower.following:
                follower.following.append(followed)
            if not on and followed in follower.following:
                follower.following.remove(followed)

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        with session_scope() as s:
            follower = s.get(User, follower_id)
            return any(u.id == followed_id for u in follower.following)
