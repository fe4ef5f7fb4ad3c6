from flask import Blueprint, request

from conduit.db import db
from conduit.models.entities import Article

bp = Blueprint('tags', __name__)


@bp.post('/api/articles')
def create():
    article = Article(slug=request.json['slug'])
    db.session.add(article)
    db.session.commit()
    return {'slug': article.slug}
