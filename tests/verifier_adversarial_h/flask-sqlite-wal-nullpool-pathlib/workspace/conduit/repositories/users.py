"""User and follow persistence."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from conduit.models import User, follows


def by_id(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email))


def by_username(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def add(session: Session, user: User) -> User:
    session.add(user)
    session.flush()
    return user


def is_following(session: Session, follower_id: int, followed_id: int) -> bool:
    row = session.execute(
        select(follows).where(follows.c.follower_id == follower_id, follows.c.followed_id == followed_id)
    ).first()
    return row is not None


def follow(session: Session, follower_id: int, followed_id: int) -> None:
    if not is_following(session, follower_id, followed_id):
        session.execute(insert(follows).values(follower_id=follower_id, followed_id=followed_id))


def unfollow(session: Session, follower_id: int, followed_id: int) -> None:
    session.execute(
        delete(follows).where(follows.c.follower_id == follower_id, follows.c.followed_id == followed_id)
    )


def followed_ids(session: Session, follower_id: int) -> list[int]:
    return list(session.scalars(select(follows.c.followed_id).where(follows.c.follower_id == follower_id)))
