import asyncpg

from api.config import DbConfig

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, username TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL, bio TEXT, image TEXT
);
"""


async def pg_ctx(app):
    cfg = DbConfig()
    app["pool"] = await asyncpg.create_pool(host=cfg.host, port=cfg.port, user=cfg.user, password=cfg.password, database=cfg.database)
    async with app["pool"].acquire() as conn:
        await conn.execute(SCHEMA)
    yield
    await app["pool"].close()
