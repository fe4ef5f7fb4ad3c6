"""Full-text article search, async, on PostgreSQL's tsvector (the ORM has no good spelling for it)."""
from __future__ import annotations

import os

from databases import Database

database = Database(os.environ["DATABASE_URL"])

SEARCH = """
    SELECT slug
      FROM articles
     WHERE to_tsvector('english', title || ' ' || description || ' ' || body) @@ plainto_tsquery('english', :q)
  ORDER BY created_at DESC
     LIMIT :limit
"""


async def search_slugs(q: str, limit: int = 20) -> list[str]:
    if not database.is_connected:
        await database.connect()
    rows = await database.fetch_all(query=SEARCH, values={"q": q, "limit": limit})
    return [row["slug"] for row in rows]
