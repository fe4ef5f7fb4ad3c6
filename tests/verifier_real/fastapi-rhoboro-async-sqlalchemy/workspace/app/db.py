# excerpt of https://github.com/rhoboro/async-fastapi-sqlalchemy@6c08827241e9:app/db.py
import logging

from typing import Annotated, AsyncIterator

from fastapi import Depends

from sqlalchemy.exc import SQLAlchemyError

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app.settings import settings

AsyncSessionLocal = async_sessionmaker(
    bind=async_engine,
    autoflush=False,
    future=True,
)

async def get_session() -> AsyncIterator[async_sessionmaker]:
    try:
        yield AsyncSessionLocal
    except SQLAlchemyError as e:
        logger.exception(e)

AsyncSession = Annotated[async_sessionmaker, Depends(get_session)]
