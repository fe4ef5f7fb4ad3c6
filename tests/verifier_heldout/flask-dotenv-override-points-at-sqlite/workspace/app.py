from flask import Flask, jsonify
from sqlalchemy import select

from db import Base, Session, engine
from models import Article

app = Flask(__name__)
Base.metadata.create_all(engine)


@app.get("/api/health-check")
def health():
    return {"status": "ok"}


@app.get("/api/articles")
def articles():
    with Session() as session:
        rows = session.scalars(select(Article).order_by(Article.created_at.desc())).all()
        return jsonify({"articles": [{"slug": a.slug, "title": a.title, "body": a.body} for a in rows],
                        "articlesCount": len(rows)})
