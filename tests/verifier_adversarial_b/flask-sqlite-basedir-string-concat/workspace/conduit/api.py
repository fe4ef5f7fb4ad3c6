from flask import Blueprint, jsonify
bp = Blueprint("api", __name__, url_prefix="/api")

@bp.get("/tags")
def tags():
    return jsonify({"tags": []})
