import os

import asyncpg


async def open_pool():
    return await asyncpg.create_pool(
        host=os.getenv('DB_HOST', 'localhost'),
        user=os.getenv('PGUSER'),
        database=os.getenv('PGDATABASE'),
    )
