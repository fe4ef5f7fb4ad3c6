"""Start-up for FastAPI: build the API, mount the routes, serve with uvicorn."""

from __future__ import annotations

import uvicorn
from conduit.config import load_settings
from conduit.container import build_api
from conduit.routes.fastapi_routes import create_router, install_error_handlers
from fastapi import FastAPI


def create_app() -> FastAPI:
    app = FastAPI(title="Conduit", docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(create_router(build_api()))
    install_error_handlers(app)
    return app


def main() -> None:
    settings = load_settings()
    uvicorn.run(create_app(), host=settings.host, port=settings.port, log_level="info", access_log=False)


if __name__ == "__main__":
    main()
