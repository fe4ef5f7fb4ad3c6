# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/probe/views.py
import logging

import typing

from fastapi import APIRouter, Depends

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database_session import new_async_session

router = APIRouter()

async def health_probe(
    _: AsyncSession = Depends(new_async_session),
) -> typing.Literal["app and database ok"]:
    return "app and database ok"
