from flask import Blueprint, jsonify
from .extensions import db
from .models import Article

api = Blueprint("api", __name__)


@api.get("/tags")
def tags():
    return jsonify({"tags": []})


@api.get("/articles")
def list_articles():
    rows = db.session.scalars(db.select(Article).order_by(Article.created_at.desc())).all()
    return jsonify({"articles": [{"slug": a.slug, "title": a.title} for a in rows], "articlesCount": len(rows)})
