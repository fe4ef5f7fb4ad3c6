"""aiohttp adapter: one route per operation of the shared table."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import web
from conduit.routes.api import ROUTES, ApiRequest, ApiResponse, ConduitApi, error_response

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _as_aiohttp(result: ApiResponse) -> web.Response:
    return web.Response(
        body=result.json_bytes, status=result.status, content_type="application/json", headers=result.headers
    )


def add_routes(app: web.Application, api: ConduitApi) -> None:
    def endpoint(operation: str) -> Handler:
        async def view(request: web.Request) -> web.Response:
            api_request = ApiRequest(
                params=dict(request.match_info),
                query=dict(request.query),
                authorization=request.headers.get("Authorization"),
                body=await request.read(),
                client=request.remote or "",
            )
            # The services are synchronous: run them on the default thread pool.
            loop = asyncio.get_running_loop()
            return _as_aiohttp(await loop.run_in_executor(None, api.handle, operation, api_request))

        return view

    for route in ROUTES:
        app.router.add_route(route.method, route.template, endpoint(route.operation))


@web.middleware
async def json_http_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Unknown routes and wrong methods answer in the API's error shape too."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return _as_aiohttp(error_response(exc.status, exc.reason))
