import asyncpg

FEED_QUERY = """
    SELECT a.slug, a.title, a.description, a.body, a.created_at, a.updated_at,
           u.username, u.bio, u.image
    FROM articles a JOIN users u ON u.id = a.author_id
    WHERE a.author_id IN (SELECT followed_id FROM follows WHERE follower_id = $1)
    ORDER BY a.created_at DESC LIMIT $2 OFFSET $3
"""


class FeedRepository:
    """The feed is the hottest query; it skips the ORM and goes straight to asyncpg."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def feed(self, viewer_id: int, limit: int, offset: int) -> list[dict]:
        rows = await self.pool.fetch(FEED_QUERY, viewer_id, limit, offset)
        return [dict(r) for r in rows]
