import os

import asyncpg

_pool = None


async def pool():
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    return _pool


async def usernames():
    async with (await pool()).acquire() as conn:
        rows = await conn.fetch("SELECT username FROM users ORDER BY username")
    return [r["username"] for r in rows]
