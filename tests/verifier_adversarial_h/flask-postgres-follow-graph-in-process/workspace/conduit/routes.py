"""HTTP routes (Flask blueprint)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from conduit.errors import ApiError, ValidationFailed
from conduit.services import articles, users

api = Blueprint("api", __name__, url_prefix="/api")


def _viewer(required: bool = False):
    return users.resolve_token(request.headers.get("Authorization"), required)


def _payload(key: str) -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise ValidationFailed("body", f"{key} is required")
    return data[key]


def _page() -> dict:
    try:
        return {"limit": int(request.args.get("limit", 20)), "offset": int(request.args.get("offset", 0))}
    except ValueError as exc:
        raise ValidationFailed("body", "limit and offset must be integers") from exc


@api.errorhandler(ApiError)
def api_error(err: ApiError):
    return jsonify(err.body()), err.status


@api.post("/users")
def register():
    return jsonify({"user": users.register(_payload("user"))}), 201


@api.post("/users/login")
def login():
    return jsonify({"user": users.login(_payload("user"))})


@api.get("/user")
def current_user():
    return jsonify({"user": users.current(_viewer(True))})


@api.put("/user")
def update_user():
    viewer = _viewer(True)
    return jsonify({"user": users.update(viewer, _payload("user"))})


@api.get("/profiles/<username>")
def profile(username):
    return jsonify({"profile": users.profile(username, _viewer())})


@api.post("/profiles/<username>/follow")
def follow(username):
    return jsonify({"profile": users.set_following(username, _viewer(True), True)})


@api.delete("/profiles/<username>/follow")
def unfollow(username):
    return jsonify({"profile": users.set_following(username, _viewer(True), False)})


@api.get("/articles")
def list_articles():
    args = request.args
    return jsonify(
        articles.list_articles(
            _viewer(), tag=args.get("tag"), author=args.get("author"), favorited=args.get("favorited"), **_page()
        )
    )


@api.get("/articles/feed")
def feed():
    return jsonify(articles.feed(_viewer(True), **_page()))


@api.post("/articles")
def create_article():
    viewer = _viewer(True)
    return jsonify({"article": articles.create(viewer, _payload("article"))}), 201


@api.get("/articles/<slug>")
def get_article(slug):
    return jsonify({"article": articles.get(slug, _viewer())})


@api.put("/articles/<slug>")
def update_article(slug):
    viewer = _viewer(True)
    return jsonify({"article": articles.update(slug, viewer, _payload("article"))})


@api.delete("/articles/<slug>")
def delete_article(slug):
    articles.delete(slug, _viewer(True))
    return jsonify({})


@api.post("/articles/<slug>/favorite")
def favorite(slug):
    return jsonify({"article": articles.set_favorite(slug, _viewer(True), True)})


@api.delete("/articles/<slug>/favorite")
def unfavorite(slug):
    return jsonify({"article": articles.set_favorite(slug, _viewer(True), False)})


@api.get("/articles/<slug>/comments")
def comments(slug):
    return jsonify(articles.comments(slug, _viewer()))


@api.post("/articles/<slug>/comments")
def add_comment(slug):
    viewer = _viewer(True)
    return jsonify({"comment": articles.add_comment(slug, viewer, _payload("comment"))})


@api.delete("/articles/<slug>/comments/<int:comment_id>")
def delete_comment(slug, comment_id):
    articles.delete_comment(slug, comment_id, _viewer(True))
    return jsonify({})


@api.get("/tags")
def tags():
    return jsonify(articles.tags())
