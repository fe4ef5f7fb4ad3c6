"""Articles, their tags and the favorite relation."""

from __future__ import annotations

from django.db import models

from conduit.models.user import User


class Tag(models.Model):
    name = models.CharField(max_length=64, unique=True)

    class Meta:
        app_label = "conduit"
        db_table = "tags"


class Article(models.Model):
    slug = models.SlugField(max_length=255, unique=True)
    title = models.CharField(max_length=255)
    description = models.TextField(default="")
    body = models.TextField(default="")
    author = models.ForeignKey(User, on_delete=models.CASCADE, related_name="articles")
    tags = models.ManyToManyField(Tag, related_name="articles", blank=True)
    favorited_by = models.ManyToManyField(User, related_name="favorites", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "conduit"
        db_table = "articles"
        ordering = ["-created_at"]

    @property
    def tag_list(self) -> list[str]:
        return sorted(tag.name for tag in self.tags.all())
