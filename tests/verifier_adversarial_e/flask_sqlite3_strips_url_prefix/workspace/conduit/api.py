from flask import Blueprint, jsonify
from .db import get_db

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/articles/<slug>")
def get_article(slug):
    row = get_db().execute("SELECT * FROM article WHERE slug = ?", (slug,)).fetchone()
    if row is None:
        return jsonify({"errors": {"article": ["not found"]}}), 404
    return jsonify({"article": dict(row)})
