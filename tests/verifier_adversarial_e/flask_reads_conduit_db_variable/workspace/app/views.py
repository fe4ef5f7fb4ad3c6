from flask import Blueprint, jsonify
from .models import User

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/profiles/<username>")
def profile(username):
    user = User.query.filter_by(username=username).first_or_404()
    return jsonify(profile={"username": user.username, "bio": user.bio, "image": user.image, "following": False})
