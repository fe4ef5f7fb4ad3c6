# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/schemas/post.py
from marshmallow import fields, EXCLUDE

from ..marshmallow import ma

from ..models.post import Post

from ..models.user import User

class PostSchema(ma.SQLAlchemyAutoSchema):

    class Meta:
        model = Post
        unknown = EXCLUDE
