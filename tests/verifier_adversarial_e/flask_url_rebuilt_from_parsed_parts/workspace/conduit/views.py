from flask import Blueprint, jsonify
from .models import User

blueprint = Blueprint("api", __name__, url_prefix="/api")


@blueprint.get("/profiles/<username>")
def profile(username):
    u = User.query.filter_by(username=username).first_or_404()
    return jsonify(profile=dict(username=u.username, bio=u.bio, image=u.image, following=False))
