"""Data access for users and follows."""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from conduit.models import User

FOLLOWS_FILE = Path(os.environ.get("CONDUIT_DATA_DIR", "data")) / "follows.json"
_lock = threading.Lock()


def _load() -> dict[str, list[int]]:
    try:
        return json.loads(FOLLOWS_FILE.read_text())
    except FileNotFoundError:
        return {}


def _store(graph: dict[str, list[int]]) -> None:
    FOLLOWS_FILE.parent.mkdir(parents=True, exist_ok=True)
    FOLLOWS_FILE.write_text(json.dumps(graph))


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

    # The follow graph is small and read on every profile/article render: a JSON document is enough.
    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return followed_id in _load().get(str(follower_id), [])

    def follow(self, follower_id: int, followed_id: int) -> None:
        with _lock:
            graph = _load()
            targets = graph.setdefault(str(follower_id), [])
            if followed_id not in targets:
                targets.append(followed_id)
            _store(graph)

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        with _lock:
            graph = _load()
            graph[str(follower_id)] = [i for i in graph.get(str(follower_id), []) if i != followed_id]
            _store(graph)

    def followed_ids(self, follower_id: int) -> list[int]:
        return list(_load().get(str(follower_id), []))
