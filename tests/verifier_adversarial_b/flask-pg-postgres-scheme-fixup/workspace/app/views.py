from flask import Blueprint, jsonify
from app.models import User

api = Blueprint("api", __name__, url_prefix="/api")


@api.get("/profiles/<username>")
def profile(username):
    user = User.query.filter_by(username=username).first_or_404()
    return jsonify({"profile": {"username": user.username, "following": False}})
