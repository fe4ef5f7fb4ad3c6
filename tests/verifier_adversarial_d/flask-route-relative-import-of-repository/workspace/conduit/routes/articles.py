from flask import Blueprint, jsonify, request
from slugify import slugify

from ..repositories.articles import ArticleRepository
from ..services.articles import create_article

bp = Blueprint("articles", __name__)


@bp.post("")
def create():
    data = (request.get_json(silent=True) or {}).get("article") or {}
    if ArticleRepository().exists(slugify(data.get("title", ""))):
        return jsonify(errors={"title": ["has already been taken"]}), 422
    return jsonify(article=create_article(data).__dict__), 201
