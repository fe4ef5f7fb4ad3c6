from flask import Blueprint, jsonify, request
from conduit.services import articles

bp = Blueprint("articles", __name__, url_prefix="/api")


@bp.put("/articles/<slug>")
def update_article(slug):
    try:
        article = articles.update(slug, (request.get_json(silent=True) or {}).get("article") or {})
    except articles.Invalid as exc:
        return jsonify(errors=exc.messages), 422
    return jsonify(article=article.__dict__)
