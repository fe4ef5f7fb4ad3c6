"""Favorites are hot: batch them in memory and write them out periodically."""

from __future__ import annotations

import threading

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert

from conduit.db import session_scope
from conduit.models import favorites

_pending: dict[tuple[int, int], bool] = {}
_lock = threading.Lock()


def set_favorite(user_id: int, article_id: int, on: bool) -> None:
    with _lock:
        _pending[(user_id, article_id)] = on


def pending_state(user_id: int, article_id: int) -> bool | None:
    with _lock:
        return _pending.get((user_id, article_id))


def pending_delta(article_id: int, stored_fans: set[int]) -> int:
    with _lock:
        delta = 0
        for (user_id, aid), on in _pending.items():
            if aid != article_id:
                continue
            if on and user_id not in stored_fans:
                delta += 1
            elif not on and user_id in stored_fans:
                delta -= 1
        return delta


def flush() -> int:
    with _lock:
        batch = dict(_pending)
        _pending.clear()
    if not batch:
        return 0
    with session_scope() as session:
        for (user_id, article_id), on in batch.items():
            if on:
                session.execute(insert(favorites).values(user_id=user_id, article_id=article_id).on_conflict_do_nothing())
            else:
                session.execute(
                    delete(favorites).where(favorites.c.user_id == user_id, favorites.c.article_id == article_id)
                )
    return len(batch)


def stored_fans(session, article_id: int) -> set[int]:
    return set(session.scalars(select(favorites.c.user_id).where(favorites.c.article_id == article_id)))
