"""Article view counters, kept in a shelve file: write-heavy, never joined, not worth a table."""
from __future__ import annotations

import os
import shelve
import threading

_PATH = os.path.join(os.environ.get("CONDUIT_STATE_DIR", "."), "article_views")
_lock = threading.Lock()


def record_view(slug: str) -> int:
    with _lock, shelve.open(_PATH) as views:
        views[slug] = views.get(slug, 0) + 1
        return views[slug]


def views_of(slug: str) -> int:
    with _lock, shelve.open(_PATH) as views:
        return views.get(slug, 0)
