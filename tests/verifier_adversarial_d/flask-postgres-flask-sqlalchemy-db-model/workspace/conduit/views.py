from flask import Blueprint, g, jsonify

from conduit.extensions import db
from conduit.models import User

bp = Blueprint("profiles", __name__, url_prefix="/api/profiles")


@bp.post("/<username>/follow")
def follow(username):
    target = db.session.execute(db.select(User).filter_by(username=username)).scalar_one_or_none()
    if target is None:
        return jsonify(errors={"body": ["not found"]}), 404
    me = db.session.get(User, g.get("user_id", 0))
    if me is not None and target not in me.following:
        me.following.append(target)
        db.session.commit()
    return jsonify(profile={"username": target.username, "bio": target.bio, "image": target.image, "following": True})
