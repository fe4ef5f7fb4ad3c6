from fastapi import FastAPI

from .db import init_db
from .routes.articles import router as articles_router


def create_app() -> FastAPI:
    app = FastAPI(title="Conduit")
    app.include_router(articles_router)

    @app.on_event("startup")
    def _schema() -> None:
        init_db()

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}

    return app


app = create_app()
