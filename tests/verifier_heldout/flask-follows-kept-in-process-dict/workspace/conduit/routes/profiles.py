from flask import Blueprint, g, jsonify, request

from ..container import build_services
from ..services.errors import ServiceError

bp = Blueprint("profiles", __name__)


@bp.before_request
def _services():
    g.services = build_services()
    header = request.headers.get("Authorization", "")
    g.user = g.services.auth.user_from_token(header[6:]) if header.startswith("Token ") else None


@bp.errorhandler(ServiceError)
def _error(err: ServiceError):
    return jsonify({"errors": {"body": [err.message]}}), err.status


@bp.get("/profiles/<username>")
def profile(username: str):
    return jsonify({"profile": g.services.profiles.profile(username, g.user)})


@bp.post("/profiles/<username>/follow")
def follow(username: str):
    if g.user is None:
        return jsonify({"errors": {"body": ["unauthorized"]}}), 401
    return jsonify({"profile": g.services.profiles.follow(g.user, username)})


@bp.delete("/profiles/<username>/follow")
def unfollow(username: str):
    if g.user is None:
        return jsonify({"errors": {"body": ["unauthorized"]}}), 401
    return jsonify({"profile": g.services.profiles.unfollow(g.user, username)})
