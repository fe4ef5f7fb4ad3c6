import os

from aiopg.sa import create_engine


async def open_engine():
    return await create_engine(dsn=os.environ['DATABASE_URL'])
