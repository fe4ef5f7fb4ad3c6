"""HTTP layer: the API router and the translation of service errors into responses."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from conduit.routes import articles, users
from conduit.services.errors import Forbidden, NotFound, ServiceError, Unauthorized

api_router = APIRouter(prefix="/api")
api_router.include_router(users.router)
api_router.include_router(articles.router)

_STATUS = ((Unauthorized, 401), (Forbidden, 403), (NotFound, 404))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def service_error(_request: Request, error: ServiceError) -> JSONResponse:
        status = next((code for kind, code in _STATUS if isinstance(error, kind)), 422)
        return JSONResponse({"errors": error.as_errors()}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        errors: dict[str, list[str]] = {}
        for item in error.errors():
            field = str(item["loc"][-1]) if item.get("loc") else "body"
            errors.setdefault(field, []).append(item.get("msg", "is invalid"))
        return JSONResponse({"errors": errors}, status_code=422)
