# excerpt of https://github.com/sanjeevkumar12/aiohttp-sqlalchemy@a436b55fa7b7:polls/schema.py
from marshmallow import Schema, fields

class PollSchema(Schema):
    id = fields.Int(required=True, dump_only=True)
    label = fields.Str(description="name", required=True)

class RequestSchema(Schema):
    id = fields.Int(required=True, dump_only=True)
    label = fields.Str(description="name", required=True)

class ResponseSchema(Schema):
    msg = fields.Str()
    data = fields.Dict()
