# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/main.py
import uvicorn

from fastapi import FastAPI

from app.api import api

from app.db import base_class  # noqa

from app.db import session

base_class.Base.metadata.create_all(bind=session.engine)

app.include_router(api.api_router, prefix="/api")
