import shelve
import threading
from datetime import datetime, timezone
from flask import Blueprint, jsonify, request

bp = Blueprint("comments", __name__, url_prefix="/api/articles/<slug>/comments")
_lock = threading.Lock()
STORE = "comments.db"


@bp.post("")
def add(slug):
    body = request.get_json()["comment"]["body"]
    now = datetime.now(timezone.utc).isoformat()
    with _lock, shelve.open(STORE, writeback=True) as db:
        items = db.setdefault(slug, [])
        comment = {"id": len(items) + 1, "body": body, "createdAt": now, "updatedAt": now}
        items.append(comment)
    return jsonify(comment=comment)


@bp.get("")
def list_(slug):
    with _lock, shelve.open(STORE) as db:
        return jsonify(comments=db.get(slug, []))
