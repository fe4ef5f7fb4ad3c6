"""Start-up: the FastAPI application, served by uvicorn."""

from __future__ import annotations

from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from conduit.config import settings
from conduit.container import build_services
from conduit.routes import articles, users
from conduit.services.errors import ServiceError


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.services = build_services()
    yield


app = FastAPI(title="Conduit", lifespan=lifespan)
app.include_router(users.router)
app.include_router(articles.router)


@app.exception_handler(ServiceError)
async def service_error(_: Request, error: ServiceError) -> JSONResponse:
    return JSONResponse(error.as_body(), status_code=error.status)


if __name__ == "__main__":
    uvicorn.run(app, host=settings.host, port=settings.port)
