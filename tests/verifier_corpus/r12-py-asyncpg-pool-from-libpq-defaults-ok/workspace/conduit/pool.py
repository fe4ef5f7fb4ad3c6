import asyncpg


async def open_pool():
    return await asyncpg.create_pool(min_size=1)
