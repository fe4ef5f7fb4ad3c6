# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/services/postgres.py
from sqlalchemy.ext.asyncio import create_async_engine, AsyncSession

from sqlalchemy.ext.declarative import declarative_base

from sqlalchemy.orm import sessionmaker

import asyncio

URL = 'postgresql+asyncpg://postgres:postgres@postgres:5432/conduit'

Session = sessionmaker(
    bind=engine,
    class_=AsyncSession,
    expire_on_commit=False
)

async def get_async_session():
    async with Session() as session:
        yield session
        await session.commit()

async def init_models():
    async with engine.begin() as session:
        # await session.run_sync(Base.metadata.drop_all)
        await session.run_sync(Base.metadata.create_all)
