"""Articles, the feed, favorites and tags."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from conduit.routes.common import envelope, optional_user, required_user, services

articles_bp = Blueprint("articles", __name__)


@articles_bp.get("/articles")
def list_articles():
    return jsonify(services().articles.list(request.args.to_dict(), optional_user()))


@articles_bp.get("/articles/feed")
def feed():
    return jsonify(services().articles.feed(required_user(), request.args.to_dict()))


@articles_bp.post("/articles")
def create_article():
    author = required_user()
    return jsonify({"article": services().articles.create(author, envelope("article"))}), 201


@articles_bp.get("/articles/<slug>")
def get_article(slug: str):
    return jsonify({"article": services().articles.get(slug, optional_user())})


@articles_bp.put("/articles/<slug>")
def update_article(slug: str):
    editor = required_user()
    return jsonify({"article": services().articles.update(slug, editor, envelope("article"))})


@articles_bp.delete("/articles/<slug>")
def delete_article(slug: str):
    services().articles.delete(slug, required_user())
    return jsonify({})


@articles_bp.post("/articles/<slug>/favorite")
def favorite(slug: str):
    return jsonify({"article": services().articles.favorite(slug, required_user())})


@articles_bp.delete("/articles/<slug>/favorite")
def unfavorite(slug: str):
    return jsonify({"article": services().articles.unfavorite(slug, required_user())})


@articles_bp.get("/tags")
def tags():
    # Plain read with no business rule: go straight to the repository.
    return jsonify({"tags": services().article_repository.all_tags()})
