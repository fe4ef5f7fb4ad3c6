from flask import Blueprint, jsonify

from conduit.queries import list_slugs

bp = Blueprint('slugs', __name__)


@bp.get('/api/slugs')
def slugs():
    return jsonify(list_slugs())
