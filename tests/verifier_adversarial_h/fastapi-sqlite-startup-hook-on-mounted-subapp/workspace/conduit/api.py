"""The /api sub-application: routes, error handlers, table creation."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from conduit.db import Base, engine
from conduit.errors import ApiError
from conduit.routes import router

api = FastAPI(title="Conduit API", openapi_url="/openapi.json")
api.include_router(router)


@api.on_event("startup")
def create_tables() -> None:
    Base.metadata.create_all(bind=engine)


@api.exception_handler(ApiError)
async def api_error(_request: Request, exc: ApiError):
    return JSONResponse(exc.body(), status_code=exc.status)
