from peewee import CharField, Model

from conduit.db import db


class Article(Model):
    slug = CharField(unique=True)

    class Meta:
        database = db
