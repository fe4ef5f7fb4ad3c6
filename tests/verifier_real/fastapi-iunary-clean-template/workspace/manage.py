# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:manage.py
import subprocess  # nosec

import typer

import uvicorn

from core.settings import settings

def run():
    """run application"""
    uvicorn.run(
        app="app.main:app", reload=True, port=settings.APP_PORT, host=settings.APP_HOST
    )
