from flask import Blueprint, jsonify, g
from .models import db, User, Follow

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.post("/profiles/<username>/follow")
def follow(username):
    target = db.first_or_404(db.select(User).filter_by(username=username))
    me = getattr(g, "user_id", 0)
    if not db.session.get(Follow, (me, target.id)):
        db.session.add(Follow(follower_id=me, followed_id=target.id))
        db.session.commit()
    return jsonify(profile={"username": target.username, "bio": target.bio, "image": target.image, "following": True})
