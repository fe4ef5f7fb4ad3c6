"""Start-up: database, token codec, routers and error handlers; served with uvicorn."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from conduit.config import Settings, load_settings
from conduit.repositories.database import create_schema, make_engine, make_session_factory
from conduit.routes import api_router, install_error_handlers
from conduit.services.security import TokenCodec


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url)
        create_schema(engine)
        app.state.sessions = make_session_factory(engine)
        app.state.tokens = TokenCodec(settings.jwt_secret, settings.token_ttl_seconds)
        yield
        engine.dispose()

    app = FastAPI(title="Conduit API", version="1.0.0", lifespan=lifespan)
    app.include_router(api_router)
    install_error_handlers(app)
    return app


def main() -> None:
    settings = load_settings()
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")


if __name__ == "__main__":
    main()
