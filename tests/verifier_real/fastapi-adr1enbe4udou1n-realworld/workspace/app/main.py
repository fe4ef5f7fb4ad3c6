# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/main.py
from fastapi import FastAPI

from fastapi.middleware.cors import CORSMiddleware

from app.api.api import router

from app.core.config import settings

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"http://localhost:\d+",
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

api.include_router(router)

app.mount("/api", api)
