# excerpt of testdrivenio/fastapi-tdd-docker@13cff4273ad9:project/app/main.py
import logging

from fastapi import FastAPI

from app.api import ping, summaries

from app.db import init_db

def create_application() -> FastAPI:
    application = FastAPI()
    application.include_router(ping.router)
    application.include_router(
        summaries.router, prefix="/summaries", tags=["summaries"]
    )

    return application
