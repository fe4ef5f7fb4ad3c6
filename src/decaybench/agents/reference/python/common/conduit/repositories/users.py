"""Users and the relations between them."""

from __future__ import annotations

from collections.abc import Iterable  # feature: following

from sqlalchemy import (
    delete,  # feature: following
    select,
)
from sqlalchemy.orm import Session

from conduit.models import (
    Follow,  # feature: following
    User,
)


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_id(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        return self.session.scalars(select(User).where(User.email == email)).first()

    def by_username(self, username: str) -> User | None:
        return self.session.scalars(select(User).where(User.username == username)).first()

    def username_taken(self, username: str, *, except_id: int | None = None) -> bool:
        query = select(User.id).where(User.username == username)
        if except_id is not None:
            query = query.where(User.id != except_id)
        return self.session.scalars(query).first() is not None

    def email_taken(self, email: str, *, except_id: int | None = None) -> bool:
        query = select(User.id).where(User.email == email)
        if except_id is not None:
            query = query.where(User.id != except_id)
        return self.session.scalars(query).first() is not None

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.flush()
        return user


# feature: following
class FollowRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return self.session.get(Follow, (follower_id, followed_id)) is not None

    def followed_among(self, follower_id: int, candidate_ids: Iterable[int]) -> set[int]:
        ids = set(candidate_ids)
        if not ids:
            return set()
        query = select(Follow.followed_id).where(Follow.follower_id == follower_id, Follow.followed_id.in_(ids))
        return set(self.session.scalars(query))

    def follow(self, follower_id: int, followed_id: int) -> None:
        if not self.is_following(follower_id, followed_id):
            self.session.add(Follow(follower_id=follower_id, followed_id=followed_id))
            self.session.flush()

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        self.session.execute(delete(Follow).where(Follow.follower_id == follower_id, Follow.followed_id == followed_id))


# end feature: following
