from conduit.extensions import db
from conduit.models.favorite import Favorite


def add(user_id, article_id):
    if db.session.get(Favorite, (user_id, article_id)) is None:
        db.session.add(Favorite(user_id=user_id, article_id=article_id))


def count(article_id):
    return db.session.query(Favorite).filter_by(article_id=article_id).count()
