from sqlalchemy import or_, select

from app.db import session_scope
from app.models import User

# follower id -> ids of followed users
_FOLLOWS: dict[int, set[int]] = {}


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
        targets = _FOLLOWS.setdefault(follower_id, set())
        if on:
            targets.add(followed_id)
        else:
            targets.discard(followed_id)

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return followed_id in _FOLLOWS.get(follower_id, set())

    def followed_ids(self, follower_id: int) -> list[int]:
        return sorted(_FOLLOWS.get(follower_id, set()))
