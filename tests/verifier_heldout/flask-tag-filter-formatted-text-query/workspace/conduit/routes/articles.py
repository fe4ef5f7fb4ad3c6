from flask import Blueprint, g, jsonify, request

from ..container import build_services
from ..services.errors import ServiceError
from .serializers import article_json

bp = Blueprint("articles", __name__)


@bp.before_request
def _services():
    g.services = build_services()
    header = request.headers.get("Authorization", "")
    token = header[6:] if header.startswith("Token ") else None
    g.user = g.services.auth.user_from_token(token) if token else None


@bp.errorhandler(ServiceError)
def _service_error(err: ServiceError):
    return jsonify({"errors": {"body": [err.message]}}), err.status


@bp.get("/articles")
def list_articles():
    articles, count = g.services.articles.list(
        tag=request.args.get("tag"),
        author=request.args.get("author"),
        favorited=request.args.get("favorited"),
        limit=request.args.get("limit", 20, type=int),
        offset=request.args.get("offset", 0, type=int),
    )
    return jsonify({"articles": [article_json(a, g.user) for a in articles], "articlesCount": count})


@bp.post("/articles")
def create_article():
    if g.user is None:
        return jsonify({"errors": {"body": ["unauthorized"]}}), 401
    payload = (request.get_json(silent=True) or {}).get("article") or {}
    article = g.services.articles.create(g.user, payload)
    return jsonify({"article": article_json(article, g.user)}), 201


@bp.get("/articles/<slug>")
def get_article(slug: str):
    return jsonify({"article": article_json(g.services.articles.get(slug), g.user)})


@bp.delete("/articles/<slug>")
def delete_article(slug: str):
    if g.user is None:
        return jsonify({"errors": {"body": ["unauthorized"]}}), 401
    g.services.articles.delete(g.user, slug)
    return jsonify({})


@bp.get("/tags")
def tags():
    return jsonify({"tags": g.services.articles.tags()})
