"""HTTP handlers (Flask blueprint): parse the request, call a service, shape the response."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from conduit.services.errors import AppError

api = Blueprint("api", __name__, url_prefix="/api")


def services():
    return current_app.extensions["conduit"]


def viewer(required: bool = True):
    header = request.headers.get("Authorization")
    if required:
        return services().users.authenticate(header)
    return services().users.optional_user(header)


def body():
    return request.get_json(silent=True)


def paging():
    try:
        return max(0, min(int(request.args.get("limit", 20)), 100)), max(0, int(request.args.get("offset", 0)))
    except ValueError:
        return 20, 0


@api.errorhandler(AppError)
def app_error(error: AppError):
    response = jsonify(error.as_body())
    response.status_code = error.status
    if getattr(error, "retry_after", None):
        response.headers["Retry-After"] = str(error.retry_after)
    return response


@api.post("/users")
def register():
    return jsonify(services().users.register(body())), 201


@api.post("/users/login")
def login():
    return jsonify(services().users.login(body(), request.remote_addr or "unknown"))


@api.get("/user")
def current_user():
    return jsonify(services().users.user_body(viewer()))


@api.put("/user")
def update_user():
    return jsonify(services().users.update(viewer(), body()))


@api.get("/profiles/<username>")
def profile(username):
    return jsonify(services().users.profile(username, viewer(required=False)))


@api.post("/profiles/<username>/follow")
def follow(username):
    return jsonify(services().users.follow(viewer(), username, True))


@api.delete("/profiles/<username>/follow")
def unfollow(username):
    return jsonify(services().users.follow(viewer(), username, False))


@api.get("/articles")
def list_articles():
    limit, offset = paging()
    args = request.args
    return jsonify(services().articles.list(viewer(required=False), tag=args.get("tag"), author=args.get("author"), favorited=args.get("favorited"), limit=limit, offset=offset))


@api.get("/articles/feed")
def feed():
    limit, offset = paging()
    return jsonify(services().articles.feed(viewer(), limit=limit, offset=offset))


@api.post("/articles")
def create_article():
    return jsonify(services().articles.create(viewer(), body())), 201


@api.get("/articles/<slug>")
def get_article(slug):
    return jsonify(services().articles.get(slug, viewer(required=False)))


@api.put("/articles/<slug>")
def update_article(slug):
    return jsonify(services().articles.update(viewer(), slug, body()))


@api.delete("/articles/<slug>")
def delete_article(slug):
    services().articles.delete(viewer(), slug)
    return jsonify({})


@api.post("/articles/<slug>/favorite")
def favorite(slug):
    return jsonify(services().articles.favorite(viewer(), slug, True))


@api.delete("/articles/<slug>/favorite")
def unfavorite(slug):
    return jsonify(services().articles.favorite(viewer(), slug, False))


@api.get("/articles/<slug>/comments")
def comments(slug):
    return jsonify(services().articles.comments(slug, viewer(required=False)))


@api.post("/articles/<slug>/comments")
def add_comment(slug):
    return jsonify(services().articles.add_comment(viewer(), slug, body()))


@api.delete("/articles/<slug>/comments/<int:comment_id>")
def delete_comment(slug, comment_id):
    services().articles.delete_comment(viewer(), slug, comment_id)
    return jsonify({})


@api.get("/tags")
def tags():
    return jsonify(services().articles.tags())
