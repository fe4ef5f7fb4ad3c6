from conduit.extensions import db

follows = db.Table(
    "follows",
    db.Column("follower_id", db.ForeignKey("users.id"), primary_key=True),
    db.Column("followed_id", db.ForeignKey("users.id"), primary_key=True),
)


class User(db.Model):
    __tablename__ = "users"
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(32), unique=True, nullable=False)
    bio = db.Column(db.Text)
    image = db.Column(db.String(2000))
    following = db.relationship(
        "User", secondary=follows,
        primaryjoin=id == follows.c.follower_id, secondaryjoin=id == follows.c.followed_id,
    )
