from flask import Blueprint, g, jsonify, request

from conduit.routes.auth import auth_required, auth_optional
from conduit.services.users import user_service

bp = Blueprint("users", __name__)


@bp.post("/api/users")
def register():
    body = request.get_json(silent=True) or {}
    return jsonify(user=user_service.register(body.get("user") or {})), 201


@bp.post("/api/users/login")
def login():
    body = request.get_json(silent=True) or {}
    return jsonify(user=user_service.login(body.get("user") or {}))


@bp.get("/api/user")
@auth_required
def current_user():
    return jsonify(user=user_service.current(g.user, g.token))


@bp.put("/api/user")
@auth_required
def update_user():
    body = request.get_json(silent=True) or {}
    return jsonify(user=user_service.update(g.user, g.token, body.get("user") or {}))


@bp.get("/api/profiles/<username>")
@auth_optional
def profile(username):
    return jsonify(profile=user_service.profile(username, g.user))


@bp.post("/api/profiles/<username>/follow")
@auth_required
def follow(username):
    return jsonify(profile=user_service.set_following(g.user, username, True))


@bp.delete("/api/profiles/<username>/follow")
@auth_required
def unfollow(username):
    return jsonify(profile=user_service.set_following(g.user, username, False))
