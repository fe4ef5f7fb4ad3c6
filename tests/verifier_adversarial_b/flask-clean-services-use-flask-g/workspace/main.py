import os
from flask import Flask, g
from db import SessionLocal, engine
from models import Base
from repositories.article_repository import ArticleRepository
from routes.articles import bp
from services.article_service import ArticleService


def create_app() -> Flask:
    Base.metadata.create_all(engine)
    app = Flask(__name__)

    @app.before_request
    def wire():
        g.session = SessionLocal()
        g.article_service = ArticleService(ArticleRepository(g.session))

    @app.teardown_request
    def close(_exc=None):
        g.pop("session").close()

    app.register_blueprint(bp)
    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
