from flask import Blueprint, jsonify

from conduit.services import articles


def build_blueprint(session) -> Blueprint:
    bp = Blueprint('articles', __name__)

    @bp.get('/api/articles/<slug>')
    def get_article(slug):
        return jsonify({'article': articles.get(session, slug).slug})

    return bp
