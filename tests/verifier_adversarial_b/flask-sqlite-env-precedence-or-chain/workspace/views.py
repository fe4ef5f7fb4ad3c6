from flask import Blueprint, jsonify
from db import get_db

api = Blueprint("api", __name__)

@api.get("/tags")
def tags():
    rows = get_db().execute("SELECT DISTINCT name FROM tags ORDER BY name").fetchall()
    return jsonify({"tags": [r["name"] for r in rows]})
