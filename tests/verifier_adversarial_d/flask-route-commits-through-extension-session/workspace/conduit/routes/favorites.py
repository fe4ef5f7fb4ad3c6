from flask import Blueprint, jsonify
from conduit.extensions import db
from conduit.services import favorites

bp = Blueprint("favorites", __name__)


@bp.post("/articles/<int:article_id>/favorite")
def favorite(article_id):
    total = favorites.favorite(1, article_id)
    db.session.commit()  # end of the unit of work
    return jsonify(article={"id": article_id, "favorited": True, "favoritesCount": total})
