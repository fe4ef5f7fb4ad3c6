import datetime
import os

from peewee import CharField, DateTimeField, ForeignKeyField, Model, SqliteDatabase, TextField

db = SqliteDatabase(os.environ["SQLITE_PATH"], pragmas={"journal_mode": "wal", "foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = db


class User(BaseModel):
    username = CharField(unique=True)
    email = CharField(unique=True)
    password_hash = CharField()
    bio = TextField(default="")


class Article(BaseModel):
    slug = CharField(unique=True)
    title = CharField()
    description = TextField(default="")
    body = TextField()
    author = ForeignKeyField(User, backref="articles")
    created_at = DateTimeField(default=datetime.datetime.utcnow)
