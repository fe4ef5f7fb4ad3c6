from flask import Blueprint, jsonify
from sqlalchemy import select

from ..db import SessionLocal
from ..models import Tag

bp = Blueprint("tags", __name__)


@bp.get("/tags")
def list_tags():
    # a read-only list; not worth a service of its own
    with SessionLocal() as session:
        names = session.scalars(select(Tag.name).order_by(Tag.name)).all()
    return jsonify({"tags": list(names)})
