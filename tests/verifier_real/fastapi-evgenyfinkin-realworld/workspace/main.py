# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/main.py
import uvicorn

from fastapi import FastAPI

from router import router

app.include_router(router)
