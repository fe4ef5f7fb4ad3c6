# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:conduit/profile/serializers.py
from marshmallow import Schema, fields, pre_load, post_dump

class ProfileSchema(Schema):
    username = fields.Str()
    email = fields.Email()
    password = fields.Str(load_only=True)
    bio = fields.Str()
    image = fields.Url()
    following = fields.Boolean()
    # ugly hack.
    profile = fields.Nested('self', exclude=('profile',), default=True, load_only=True)

    @pre_load
    def make_user(self, data, **kwargs):
        return data['profile']

    @post_dump
    def dump_user(self, data, **kwargs):
        return {'profile': data}

    class Meta:
        strict = True
