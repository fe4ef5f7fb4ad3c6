from __future__ import annotations

from flask import Blueprint, g, jsonify

from conduit import store
from conduit.auth import ApiError, login_optional, login_required
from conduit.serializers import profile_json

bp = Blueprint("profiles", __name__)


def target(username: str):
    user = store.user_by_username(username)
    if user is None:
        raise ApiError(404, "profile not found")
    return user


@bp.get("/profiles/<username>")
@login_optional
def show(username: str):
    return jsonify({"profile": profile_json(target(username))})


@bp.post("/profiles/<username>/follow")
@login_required
def follow(username: str):
    user = target(username)
    store.set_follow(g.user["id"], user["id"], True)
    return jsonify({"profile": profile_json(user)})


@bp.delete("/profiles/<username>/follow")
@login_required
def unfollow(username: str):
    user = target(username)
    store.set_follow(g.user["id"], user["id"], False)
    return jsonify({"profile": profile_json(user)})
