from flask import Blueprint, jsonify

from conduit.models.entities import Article

bp = Blueprint('feed', __name__)


@bp.get('/api/articles/feed')
def feed():
    return jsonify([a.slug for a in Article.query.filter_by(author_id=1).all()])
