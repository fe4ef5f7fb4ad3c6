import os

import asyncpgsa


async def open_pool():
    return await asyncpgsa.create_pool(dsn=os.environ['DATABASE_URL'])
