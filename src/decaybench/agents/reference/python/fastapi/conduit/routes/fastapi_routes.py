"""FastAPI adapter: one route per operation of the shared table."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from conduit.routes.api import ROUTES, ApiRequest, ApiResponse, ConduitApi, error_response
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException


def _as_fastapi(result: ApiResponse) -> Response:
    return Response(result.json_bytes, status_code=result.status, media_type="application/json", headers=result.headers)


def create_router(api: ConduitApi) -> APIRouter:
    router = APIRouter()

    def endpoint(operation: str) -> Callable[[Request], Awaitable[Response]]:
        async def view(request: Request) -> Response:
            api_request = ApiRequest(
                params=dict(request.path_params),
                query=dict(request.query_params),
                authorization=request.headers.get("authorization"),
                body=await request.body(),
                client=request.client.host if request.client else "",
            )
            # The services are synchronous: run them off the event loop.
            return _as_fastapi(await run_in_threadpool(api.handle, operation, api_request))

        view.__name__ = operation
        return view

    for route in ROUTES:
        router.add_api_route(route.template, endpoint(route.operation), methods=[route.method], name=route.operation)
    return router


def install_error_handlers(app: FastAPI) -> None:
    """Unknown routes and wrong methods answer in the API's error shape too."""

    async def http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        return _as_fastapi(error_response(exc.status_code, str(exc.detail)))

    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
