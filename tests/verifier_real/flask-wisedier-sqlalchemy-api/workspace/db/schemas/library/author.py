# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/schemas/library/author.py
import marshmallow as mm

class AuthorSchema(mm.Schema):
    id = mm.fields.Int()
    name = mm.fields.Str()
