"""The user entity and the follow relation between users."""

from __future__ import annotations

from django.db import models


class User(models.Model):
    email = models.EmailField(max_length=255, unique=True)
    username = models.CharField(max_length=64, unique=True)
    password_hash = models.CharField(max_length=255)
    bio = models.TextField(null=True, blank=True)
    image = models.CharField(max_length=512, null=True, blank=True)
    following = models.ManyToManyField("self", symmetrical=False, related_name="followers", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "conduit"
        db_table = "users"

    def __str__(self) -> str:
        return self.username
