# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/main.py
from fastapi import FastAPI

from fastapi.middleware.cors import CORSMiddleware

from app.api.routes import auth, me, permission, user, role, otp

from app.core.logging import log_request, setup_logger

from app.core.init_db import init_db

from app.core.config import settings

logger.info(f"Application starting in {settings.ENVIRONMENT} environment")

app.middleware("http")(lambda req, call_next: log_request(logger, req, call_next))

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

async def startup_db_client():
    logger.info("Initializing database on startup")
    init_db(logger)
    logger.info("Database initialization completed")

app.include_router(auth.router)

app.include_router(me.router)

app.include_router(user.router)

app.include_router(role.router)

app.include_router(permission.router)

app.include_router(otp.router)
