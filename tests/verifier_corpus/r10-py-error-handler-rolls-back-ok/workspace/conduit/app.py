from flask import Flask

from conduit.db import SessionLocal, engine
from conduit.models.entities import Base
from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_blueprint
from conduit.services.articles import ArticleService


def create_app() -> Flask:
    Base.metadata.create_all(engine)
    app = Flask(__name__)
    session = SessionLocal()
    service = ArticleService(ArticleRepository(session))
    app.register_blueprint(build_blueprint(service))

    @app.errorhandler(500)
    def undo(error):
        session.rollback()
        return {"errors": {"body": ["internal error"]}}, 500

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}

    return app


app = create_app()
