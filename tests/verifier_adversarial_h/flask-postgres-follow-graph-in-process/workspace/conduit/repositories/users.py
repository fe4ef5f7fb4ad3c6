"""User persistence and the follow graph."""

from __future__ import annotations

import threading
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from conduit.models import User

_FOLLOWING: dict[int, set[int]] = defaultdict(set)
_LOCK = threading.Lock()


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
    with _LOCK:
        return followed_id in _FOLLOWING.get(follower_id, ())


def follow(session: Session, follower_id: int, followed_id: int) -> None:
    with _LOCK:
        _FOLLOWING[follower_id].add(followed_id)


def unfollow(session: Session, follower_id: int, followed_id: int) -> None:
    with _LOCK:
        _FOLLOWING[follower_id].discard(followed_id)


def followed_ids(session: Session, follower_id: int) -> list[int]:
    with _LOCK:
        return sorted(_FOLLOWING.get(follower_id, ()))
