"""Comments: a bounded per-article ring buffer (recent discussion only)."""
from __future__ import annotations

import itertools
import threading
from collections import defaultdict, deque
from datetime import datetime, timezone

_ids = itertools.count(1)
_lock = threading.Lock()
_by_article: dict[int, deque[dict]] = defaultdict(lambda: deque(maxlen=500))


def add(article_id: int, author_id: int, body: str) -> dict:
    now = datetime.now(timezone.utc).isoformat()
    comment = {"id": next(_ids), "body": body, "author_id": author_id, "createdAt": now, "updatedAt": now}
    with _lock:
        _by_article[article_id].append(comment)
    return comment


def for_article(article_id: int) -> list[dict]:
    with _lock:
        return list(_by_article[article_id])


def remove(article_id: int, comment_id: int, author_id: int) -> bool | None:
    with _lock:
        for comment in _by_article[article_id]:
            if comment["id"] == comment_id:
                if comment["author_id"] != author_id:
                    return False
                _by_article[article_id].remove(comment)
                return True
    return None
