from flask import Blueprint, g, jsonify
from services.errors import Forbidden, NotFound

bp = Blueprint("articles", __name__, url_prefix="/api/articles")


@bp.get("/<slug>")
def get_article(slug):
    try:
        a = g.article_service.get(slug)
    except NotFound:
        return jsonify({"errors": {"article": ["not found"]}}), 404
    return jsonify({"article": {"slug": a.slug, "title": a.title, "body": a.body}})


@bp.delete("/<slug>")
def delete_article(slug):
    try:
        g.article_service.delete(slug, g.user_id)
    except NotFound:
        return jsonify({"errors": {"article": ["not found"]}}), 404
    except Forbidden:
        return jsonify({"errors": {"article": ["forbidden"]}}), 403
    return "", 204
