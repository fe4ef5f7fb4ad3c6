"""Favorites: kept in a process-wide index (hot path of every article listing)."""
from __future__ import annotations

import threading
from collections import defaultdict

_lock = threading.Lock()
_fans: dict[int, set[int]] = defaultdict(set)  # article id -> user ids


def favorite(article_id: int, user_id: int) -> None:
    with _lock:
        _fans[article_id].add(user_id)


def unfavorite(article_id: int, user_id: int) -> None:
    with _lock:
        _fans[article_id].discard(user_id)


def fans(article_id: int) -> set[int]:
    with _lock:
        return set(_fans[article_id])
