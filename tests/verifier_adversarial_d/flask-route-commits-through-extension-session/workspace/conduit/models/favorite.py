from conduit.extensions import db


class Favorite(db.Model):
    __tablename__ = "favorites"
    user_id = db.Column(db.Integer, primary_key=True)
    article_id = db.Column(db.Integer, primary_key=True)
