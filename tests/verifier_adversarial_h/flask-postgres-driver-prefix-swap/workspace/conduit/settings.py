"""Settings from the environment."""

from __future__ import annotations

import os

_DRIVER_PREFIXES = {
    "postgres://": "postgresql+psycopg://",
    "postgresql://": "postgresql+psycopg://",
}


def database_url() -> str:
    url = os.environ["DATABASE_URL"]
    for prefix, replacement in _DRIVER_PREFIXES.items():
        if url.startswith(prefix):
            return replacement + url[len(prefix):]
    return url


POOL_SIZE = int(os.environ.get("DB_POOL_SIZE", "5"))
