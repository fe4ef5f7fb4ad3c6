# excerpt of testdrivenio/fastapi-tdd-docker@13cff4273ad9:project/app/api/ping.py
from fastapi import APIRouter, Depends

from app.config import Settings, get_settings

router = APIRouter()

async def pong(settings: Settings = Depends(get_settings)):
    return {
        "ping": "pong!",
        "environment": settings.environment,
        "testing": settings.testing,
    }
