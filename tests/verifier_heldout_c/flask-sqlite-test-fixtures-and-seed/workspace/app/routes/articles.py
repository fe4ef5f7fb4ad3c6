from flask import Blueprint, jsonify, request

from app.routes.common import body_of, current_user
from app.services.articles import ArticleService

bp = Blueprint("articles", __name__, url_prefix="/api")
articles = ArticleService()


def _page():
    return int(request.args.get("limit", 20)), int(request.args.get("offset", 0))


@bp.get("/articles")
def list_articles():
    limit, offset = _page()
    return jsonify(articles.list(current_user(required=False), tag=request.args.get("tag"),
                                 author=request.args.get("author"), favorited=request.args.get("favorited"),
                                 limit=limit, offset=offset))


@bp.get("/articles/feed")
def feed():
    limit, offset = _page()
    return jsonify(articles.feed(current_user(), limit, offset))


@bp.post("/articles")
def create():
    return jsonify({"article": articles.create(current_user(), body_of("article"))}), 201


@bp.get("/articles/<slug>")
def get(slug):
    return jsonify({"article": articles.get(slug, current_user(required=False))})


@bp.put("/articles/<slug>")
def update(slug):
    return jsonify({"article": articles.update(current_user(), slug, body_of("article"))})


@bp.delete("/articles/<slug>")
def delete(slug):
    articles.delete(current_user(), slug)
    return "", 204


@bp.post("/articles/<slug>/favorite")
def favorite(slug):
    return jsonify({"article": articles.favorite(current_user(), slug, True)})


@bp.delete("/articles/<slug>/favorite")
def unfavorite(slug):
    return jsonify({"article": articles.favorite(current_user(), slug, False)})


@bp.get("/articles/<slug>/comments")
def comments(slug):
    return jsonify({"comments": articles.comments(slug, current_user(required=False))})


@bp.post("/articles/<slug>/comments")
def add_comment(slug):
    return jsonify({"comment": articles.add_comment(current_user(), slug, body_of("comment").get("body"))})


@bp.delete("/articles/<slug>/comments/<int:comment_id>")
def delete_comment(slug, comment_id):
    articles.delete_comment(current_user(), slug, comment_id)
    return "", 204


@bp.get("/tags")
def tags():
    return jsonify({"tags": articles.tags()})
