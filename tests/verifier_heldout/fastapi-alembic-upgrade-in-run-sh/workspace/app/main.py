from fastapi import FastAPI

from .routes.articles import router as articles_router


def create_app() -> FastAPI:
    app = FastAPI(title="Conduit")
    app.include_router(articles_router)

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}

    return app


app = create_app()
