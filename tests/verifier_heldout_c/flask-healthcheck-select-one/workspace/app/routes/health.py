from flask import Blueprint, jsonify
from sqlalchemy import text

from app.db import SessionLocal

bp = Blueprint("health", __name__)


@bp.get("/health")
def health():
    with SessionLocal() as session:
        session.execute(text("SELECT 1"))
    return jsonify({"status": "ok"})
