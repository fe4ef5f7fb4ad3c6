from flask import Flask, jsonify
from sqlalchemy import select

from conduit.db import Base, Session, engine
from conduit.tables import Article


def create_app() -> Flask:
    Base.metadata.create_all(engine)
    app = Flask(__name__)

    @app.get("/api/articles/<slug>")
    def article(slug):
        with Session() as s:
            a = s.scalar(select(Article).where(Article.slug == slug))
        if a is None:
            return jsonify(errors={"body": ["not found"]}), 404
        return jsonify(article={"slug": a.slug, "title": a.title, "body": a.body})

    return app
