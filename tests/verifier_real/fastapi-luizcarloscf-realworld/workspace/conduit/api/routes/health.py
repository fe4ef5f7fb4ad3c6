# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/api/routes/health.py
import logging

from fastapi import APIRouter, status

from sqlmodel import select

from conduit.api.dependencies import SessionDB

from conduit.schemas.health import HealthResponse

router = APIRouter()

async def get_health(session: SessionDB):
    query = select(1)
    await session.exec(query)
    return HealthResponse(status="ok")
