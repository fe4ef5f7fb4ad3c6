"""ASGI application: routers, error handlers, schema at start-up."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.dependencies import get_services
from app.routes.api import router
from app.services.errors import AppError


@asynccontextmanager
async def lifespan(_app: FastAPI):
    get_services()
    yield


app = FastAPI(title="Conduit", lifespan=lifespan)
app.include_router(router)


@app.exception_handler(AppError)
async def app_error(_request: Request, error: AppError):
    headers = {"Retry-After": str(error.retry_after)} if getattr(error, "retry_after", None) else None
    return JSONResponse(error.as_body(), status_code=error.status, headers=headers)


@app.exception_handler(RequestValidationError)
async def bad_request(_request: Request, error: RequestValidationError):
    fields: dict[str, list[str]] = {}
    for problem in error.errors():
        fields.setdefault(str(problem["loc"][-1]), []).append(problem["msg"])
    return JSONResponse({"errors": fields or {"body": ["invalid request"]}}, status_code=422)
