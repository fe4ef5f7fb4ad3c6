"""Aggregates for the tag cloud, computed in the database with asyncpg (one round trip)."""
from __future__ import annotations

import os

import asyncpg

_pool: asyncpg.Pool | None = None

POPULAR_TAGS = """
    SELECT t.name, count(*) AS uses
      FROM tags t
      JOIN article_tags at ON at.tag_id = t.id
  GROUP BY t.name
  ORDER BY uses DESC, t.name
     LIMIT $1
"""


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn=os.environ["DATABASE_URL"], min_size=1, max_size=4)
    return _pool


async def popular_tags(limit: int = 20) -> list[str]:
    rows = await (await pool()).fetch(POPULAR_TAGS, limit)
    return [row["name"] for row in rows]
