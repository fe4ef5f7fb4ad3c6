# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:app/main.py
from fastapi import FastAPI

from fastapi.middleware.cors import CORSMiddleware

from api.endpoints import routers

from core.settings import settings

app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.ALLOWD_HOSTS,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(routers, prefix="/api/v1")
