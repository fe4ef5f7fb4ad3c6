"""HTTP layer: the API router and the translation of service errors into responses."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from conduit.routes import articles, users
from conduit.services.errors import ServiceError

api_router = APIRouter(prefix="/api")
api_router.include_router(users.router)
api_router.include_router(articles.router)

def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def service_error(_request: Request, error: ServiceError) -> JSONResponse:
        return JSONResponse({"errors": error.as_errors()}, status_code=error.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        errors: dict[str, list[str]] = {}
        for item in error.errors():
            field = str(item["loc"][-1]) if item.get("loc") else "body"
            errors.setdefault(field, []).append(item.get("msg", "is invalid"))
        return JSONResponse({"errors": errors}, status_code=422)
