from flask import Blueprint, g, jsonify

from db import SessionLocal
from models.user import User

bp = Blueprint("profiles", __name__)


@bp.before_app_request
def open_session():
    g.db = SessionLocal()


@bp.teardown_app_request
def close_session(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@bp.get("/api/profiles/<username>")
def profile(username):
    user = g.db.query(User).filter_by(username=username).one_or_none()
    if user is None:
        return jsonify({"errors": {"body": ["profile not found"]}}), 404
    return jsonify({"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}})
