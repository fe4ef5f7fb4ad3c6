from marshmallow import Schema, fields, validate


class ArticleUpdateSchema(Schema):
    title = fields.String(validate=validate.Length(min=1, max=120))
    description = fields.String(validate=validate.Length(min=1, max=255))
    body = fields.String(validate=validate.Length(min=1, max=20000))
