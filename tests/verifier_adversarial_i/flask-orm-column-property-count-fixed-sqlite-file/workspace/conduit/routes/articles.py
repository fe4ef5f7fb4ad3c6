from flask import Blueprint, g, jsonify, request

from conduit.routes.auth import auth_optional, auth_required
from conduit.services.articles import article_service

bp = Blueprint("articles", __name__)


@bp.get("/api/articles")
@auth_optional
def list_articles():
    return jsonify(article_service.list(g.user, request.args.to_dict()))


@bp.get("/api/articles/feed")
@auth_required
def feed():
    return jsonify(article_service.feed(g.user, request.args.to_dict()))


@bp.post("/api/articles")
@auth_required
def create_article():
    body = request.get_json(silent=True) or {}
    return jsonify(article=article_service.create(g.user, body.get("article") or {})), 201


@bp.get("/api/articles/<slug>")
@auth_optional
def get_article(slug):
    return jsonify(article=article_service.get(slug, g.user))


@bp.put("/api/articles/<slug>")
@auth_required
def update_article(slug):
    body = request.get_json(silent=True) or {}
    return jsonify(article=article_service.update(slug, g.user, body.get("article") or {}))


@bp.delete("/api/articles/<slug>")
@auth_required
def delete_article(slug):
    article_service.delete(slug, g.user)
    return jsonify({})


@bp.post("/api/articles/<slug>/favorite")
@auth_required
def favorite(slug):
    return jsonify(article=article_service.favorite(slug, g.user, True))


@bp.delete("/api/articles/<slug>/favorite")
@auth_required
def unfavorite(slug):
    return jsonify(article=article_service.favorite(slug, g.user, False))


@bp.get("/api/articles/<slug>/comments")
@auth_optional
def comments(slug):
    return jsonify(comments=article_service.comments(slug, g.user))


@bp.post("/api/articles/<slug>/comments")
@auth_required
def add_comment(slug):
    body = request.get_json(silent=True) or {}
    return jsonify(comment=article_service.add_comment(slug, g.user, body.get("comment") or {}))


@bp.delete("/api/articles/<slug>/comments/<int:comment_id>")
@auth_required
def delete_comment(slug, comment_id):
    article_service.delete_comment(slug, comment_id, g.user)
    return jsonify({})


@bp.get("/api/tags")
def tags():
    return jsonify(tags=article_service.tags())
