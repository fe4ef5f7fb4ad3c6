from flask import Flask

from conduit.db import SessionLocal, engine
from conduit.models.entities import Base
from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_blueprint
from conduit.services.articles import ArticleService


def create_app() -> Flask:
    app = Flask(__name__)
    service = ArticleService(ArticleRepository(SessionLocal()))
    app.register_blueprint(build_blueprint(service))

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}

    return app


app = create_app()
