from flask import Blueprint, jsonify
from sqlalchemy import select
from conduit.db import Session
from conduit.models import Article

api = Blueprint("api", __name__)

@api.get("/articles")
def articles():
    rows = Session.scalars(select(Article).order_by(Article.id.desc())).all()
    return jsonify({"articles": [{"slug": a.slug, "title": a.title} for a in rows], "articlesCount": len(rows)})
