from flask import Blueprint, jsonify
from .models import db, Comment

api = Blueprint("api", __name__, url_prefix="/api")


@api.get("/articles/<slug>/comments")
def comments(slug):
    rows = db.session.scalars(db.select(Comment).order_by(Comment.id.desc())).all()
    return jsonify(comments=[{"id": c.id, "body": c.body} for c in rows])
