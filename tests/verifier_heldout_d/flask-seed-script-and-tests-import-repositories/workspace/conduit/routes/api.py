"""HTTP handlers for the Conduit API (Flask blueprint)."""

from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, request

from conduit.services import Services
from conduit.services.errors import ServiceError

api = Blueprint("api", __name__, url_prefix="/api")


def services() -> Services:
    return current_app.extensions["conduit"]


def payload(key: str) -> dict:
    data = request.get_json(silent=True) or {}
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def token() -> str:
    return (request.headers.get("Authorization") or "").removeprefix("Token ").strip()


def viewer():
    return services().users.optional_user(request.headers.get("Authorization"))


def required():
    return services().users.authenticate(request.headers.get("Authorization"))


@api.errorhandler(ServiceError)
def service_error(error: ServiceError):
    return jsonify(error.as_body()), error.status


@api.post("/users")
def register():
    return jsonify({"user": services().users.register(payload("user"))}), 201


@api.post("/users/login")
def login():
    return jsonify({"user": services().users.login(payload("user"))})


@api.get("/user")
def current_user():
    return jsonify({"user": services().users.current(required(), token())})


@api.put("/user")
def update_user():
    return jsonify({"user": services().users.update(required(), payload("user"), token())})


@api.get("/profiles/<username>")
def get_profile(username: str):
    return jsonify({"profile": services().profiles.get(username, viewer())})


@api.post("/profiles/<username>/follow")
def follow(username: str):
    return jsonify({"profile": services().profiles.follow(username, required(), True)})


@api.delete("/profiles/<username>/follow")
def unfollow(username: str):
    return jsonify({"profile": services().profiles.follow(username, required(), False)})


def paging() -> dict:
    return {"limit": request.args.get("limit", 20, type=int), "offset": request.args.get("offset", 0, type=int)}


@api.get("/articles")
def list_articles():
    filters = {k: request.args.get(k) for k in ("tag", "author", "favorited")}
    return jsonify(services().articles.list(viewer(), **filters, **paging()))


@api.get("/articles/feed")
def feed():
    return jsonify(services().articles.feed(required(), **paging()))


@api.post("/articles")
def create_article():
    return jsonify(services().articles.create(required(), payload("article"))), 201


@api.get("/articles/<slug>")
def get_article(slug: str):
    return jsonify(services().articles.get(slug, viewer()))


@api.put("/articles/<slug>")
def update_article(slug: str):
    return jsonify(services().articles.update(slug, required(), payload("article")))


@api.delete("/articles/<slug>")
def delete_article(slug: str):
    services().articles.delete(slug, required())
    return jsonify({})


@api.post("/articles/<slug>/favorite")
def favorite(slug: str):
    return jsonify(services().articles.favorite(slug, required(), True))


@api.delete("/articles/<slug>/favorite")
def unfavorite(slug: str):
    return jsonify(services().articles.favorite(slug, required(), False))


@api.get("/articles/<slug>/comments")
def comments(slug: str):
    return jsonify(services().articles.comments(slug, viewer()))


@api.post("/articles/<slug>/comments")
def add_comment(slug: str):
    return jsonify(services().articles.add_comment(slug, required(), payload("comment")))


@api.delete("/articles/<slug>/comments/<int:comment_id>")
def delete_comment(slug: str, comment_id: int):
    services().articles.delete_comment(slug, comment_id, required())
    return jsonify({})


@api.get("/tags")
def tags():
    return jsonify(services().articles.tags())
