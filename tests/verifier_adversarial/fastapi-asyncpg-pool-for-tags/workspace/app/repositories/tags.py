"""Tag statistics straight from the asyncpg pool: the ORM round trip was too slow for /api/tags."""
import os

import asyncpg

_pool: asyncpg.Pool | None = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn=os.environ["DATABASE_URL"], min_size=1, max_size=4)
    return _pool


class TagRepository:
    async def popular(self, limit: int = 50) -> list[str]:
        rows = await (await pool()).fetch(
            "SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.name ORDER BY count(*) DESC LIMIT $1",
            limit,
        )
        return [r["name"] for r in rows]
