from tortoise import fields
from tortoise.models import Model


class User(Model):
    id = fields.IntField(pk=True)
    username = fields.CharField(max_length=32, unique=True)
    email = fields.CharField(max_length=254, unique=True)
    password_hash = fields.CharField(max_length=255)
    bio = fields.TextField(null=True)
    image = fields.CharField(max_length=2000, null=True)


class Article(Model):
    id = fields.IntField(pk=True)
    slug = fields.CharField(max_length=160, unique=True)
    title = fields.CharField(max_length=120)
    description = fields.CharField(max_length=255)
    body = fields.TextField()
    author = fields.ForeignKeyField("models.User", related_name="articles")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    def to_dict(self) -> dict:
        return {
            "slug": self.slug, "title": self.title, "description": self.description, "body": self.body,
            "tagList": [], "createdAt": self.created_at.isoformat(), "updatedAt": self.updated_at.isoformat(),
            "favorited": False, "favoritesCount": 0,
            "author": {"username": self.author.username, "bio": self.author.bio, "image": self.author.image, "following": False},
        }
