from flask import Blueprint, jsonify, request
from conduit import container

articles_bp = Blueprint("articles", __name__)


@articles_bp.post("/articles")
def create_article():
    data = (request.get_json(silent=True) or {}).get("article") or {}
    return jsonify(article=container.article_service.create(data)), 201
