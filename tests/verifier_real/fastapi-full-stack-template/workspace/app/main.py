# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/main.py
from pathlib import Path

import sentry_sdk

from fastapi import FastAPI

from fastapi.routing import APIRoute

from starlette.middleware.cors import CORSMiddleware

from app.api.main import api_router

from app.core.config import settings

app.add_middleware(
    CORSMiddleware,
    allow_origins=[settings.FRONTEND_HOST],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(api_router, prefix=settings.API_V1_STR)

app.frontend("/", directory=FRONTEND_DIR)
