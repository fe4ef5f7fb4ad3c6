from flask import Blueprint, current_app, g, jsonify, request

from conduit.services import security
from conduit.services.errors import DomainError, Forbidden, Invalid, NotFound, Taken, Unauthorized

STATUS = {Unauthorized: 401, Forbidden: 403, NotFound: 404, Taken: 409, Invalid: 422}

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.errorhandler(DomainError)
def domain_error(error: DomainError):
    return jsonify({"errors": {error.key: [error.message]}}), STATUS.get(type(error), 422)


def viewer_id(required: bool = False) -> int | None:
    header = request.headers.get("Authorization", "")
    user_id = security.read_token(header[6:], current_app.config["JWT_SECRET"]) if header.startswith("Token ") else None
    if required and user_id is None:
        raise Unauthorized("missing or invalid token")
    return user_id


@bp.get("/health-check")
def health():
    return jsonify({"status": "ok"})


@bp.post("/users")
def register():
    body = (request.get_json(silent=True) or {}).get("user") or {}
    user = g.services.users.register(body.get("username", ""), body.get("email", ""), body.get("password", ""))
    return jsonify({"user": user}), 201


@bp.post("/users/login")
def login():
    body = (request.get_json(silent=True) or {}).get("user") or {}
    return jsonify({"user": g.services.users.login(body.get("email", ""), body.get("password", ""))})


@bp.get("/articles")
def list_articles():
    args = request.args
    return jsonify(g.services.articles.listing(
        viewer_id(), tag=args.get("tag"), author=args.get("author"), favorited=args.get("favorited"),
        limit=int(args.get("limit", 20)), offset=int(args.get("offset", 0)),
    ))


@bp.post("/articles")
def create_article():
    data = (request.get_json(silent=True) or {}).get("article") or {}
    return jsonify({"article": g.services.articles.create(viewer_id(required=True), data)}), 201


@bp.get("/articles/<slug>")
def get_article(slug: str):
    return jsonify({"article": g.services.articles.get(slug, viewer_id())})


@bp.delete("/articles/<slug>")
def delete_article(slug: str):
    g.services.articles.delete(slug, viewer_id(required=True))
    return jsonify({})


@bp.get("/tags")
def tags():
    return jsonify({"tags": g.services.articles.tags()})
