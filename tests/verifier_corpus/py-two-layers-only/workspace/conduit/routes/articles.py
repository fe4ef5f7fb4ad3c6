from flask import Blueprint, jsonify
from sqlalchemy import select

from conduit.db import SessionLocal
from conduit.models.entities import Article

bp = Blueprint('articles', __name__)


@bp.get('/api/articles/<slug>')
def get_article(slug):
    article = SessionLocal().scalars(select(Article).filter_by(slug=slug)).first()
    return jsonify({'article': {'slug': article.slug}})
