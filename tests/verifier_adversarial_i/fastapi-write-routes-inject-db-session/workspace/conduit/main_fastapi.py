"""Start-up: create the schema, mount the routers, serve with uvicorn."""

import os

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from conduit.repositories.database import init_db
from conduit.routes import articles, users
from conduit.services.errors import ServiceError


def create_app() -> FastAPI:
    init_db()
    app = FastAPI(title="Conduit")
    app.include_router(users.router)
    app.include_router(articles.router)

    @app.exception_handler(ServiceError)
    async def service_error(_: Request, exc: ServiceError):
        return JSONResponse({"errors": exc.errors}, status_code=exc.status)

    return app


app = create_app()

if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
