import os
import asyncpg

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS users (
        id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, username TEXT UNIQUE NOT NULL,
        password TEXT NOT NULL, bio TEXT NOT NULL DEFAULT '', image TEXT)""",
    """CREATE TABLE IF NOT EXISTS favorites (
        user_id INT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        article_id INT NOT NULL, PRIMARY KEY (user_id, article_id))""",
]


def dsn() -> str:
    # asyncpg chokes on libpq-only query options (sslmode=...) -> keep the bare URL,
    # and it wants an explicit host in the netloc
    bare = os.environ["DATABASE_URL"].split("?")[0]
    return bare.replace("@/", "@localhost/", 1)


async def init(app):
    app["pool"] = await asyncpg.create_pool(dsn(), min_size=1, max_size=10)
    async with app["pool"].acquire() as conn:
        for stmt in SCHEMA:
            await conn.execute(stmt)


async def close(app):
    await app["pool"].close()
