# excerpt of https://github.com/modern-python/fastapi-sqlalchemy-template@d1c46252a86e:app/resources/db.py
import asyncio

import logging

import typing

from sqlalchemy.ext import asyncio as sa

from app.settings import settings

class CustomAsyncSession(sa.AsyncSession):
    async def close(self) -> None:
        if isinstance(self.bind, sa.AsyncConnection):
            return self.expunge_all()

        return await super().close()

def create_session(engine: sa.AsyncEngine) -> sa.AsyncSession:
    return CustomAsyncSession(engine, expire_on_commit=False, autoflush=False)

async def close_session(session: sa.AsyncSession) -> None:
    task: typing.Final = asyncio.create_task(session.close())
    await asyncio.shield(task)
