from flask import Blueprint, jsonify
from conduit import container

tags_bp = Blueprint("tags", __name__)


@tags_bp.get("/tags")
def list_tags():
    # tags are a plain lookup, no use case needed
    return jsonify(tags=[t.name for t in container.tag_repository.all()])
