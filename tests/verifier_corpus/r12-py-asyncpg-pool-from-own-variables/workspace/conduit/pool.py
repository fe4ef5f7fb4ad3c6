import os

import asyncpg


async def open_pool():
    return await asyncpg.create_pool(
        host=os.getenv('DB_HOST', 'localhost'),
        port=int(os.getenv('DB_PORT', '5432')),
        user=os.getenv('DB_USER', 'postgres'),
        database=os.getenv('DB_NAME', 'conduit'),
    )
