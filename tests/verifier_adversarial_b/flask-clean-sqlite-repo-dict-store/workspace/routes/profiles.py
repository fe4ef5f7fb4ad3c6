from dataclasses import asdict
from flask import Blueprint, g, jsonify
from services import profile_service

bp = Blueprint("profiles", __name__)


@bp.post("/api/profiles/<username>/follow")
def follow(username):
    try:
        profile = profile_service.follow(g.user_id, username)
    except profile_service.ProfileNotFound:
        return jsonify({"errors": {"profile": ["not found"]}}), 404
    data = asdict(profile)
    data.pop("id")
    return jsonify({"profile": data})
