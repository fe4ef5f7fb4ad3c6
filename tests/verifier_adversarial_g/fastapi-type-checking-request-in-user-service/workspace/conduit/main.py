"""Start-up: builds the FastAPI app, wires the services into app.state and serves it with uvicorn."""

from __future__ import annotations

import uvicorn
from fastapi import FastAPI

from conduit.config import Settings, load_settings
from conduit.container import build_services
from conduit.routes import api_router, install_error_handlers


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    app = FastAPI(title="Conduit API", version="1.0.0")
    app.state.services = build_services(settings)
    app.include_router(api_router)
    install_error_handlers(app)
    return app


def main() -> None:
    settings = load_settings()
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")


if __name__ == "__main__":
    main()
