# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/schemas/user.py
from marshmallow import fields

from ..marshmallow import ma

from ..models.user import User

from ..models.post import Post

from ..schemas.post import post_schema, posts_schema

class UserSchema(ma.SQLAlchemyAutoSchema):

    id = fields.Int()
    username = fields.String()
    email = fields.String()
    upvoted_posts = fields.Nested(posts_schema, many=True)
    posts = fields.Nested(posts_schema, many=True)
    following = fields.Nested('self', only=('id','username'), many=True)
    followers = fields.Nested('self', only=('id','username'), many=True)
