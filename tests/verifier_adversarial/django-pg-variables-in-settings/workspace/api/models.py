from django.db import models


class User(models.Model):
    username = models.CharField(max_length=32, unique=True)
    email = models.EmailField(max_length=254, unique=True)
    password_hash = models.CharField(max_length=255)
    bio = models.TextField(null=True, blank=True)
    image = models.URLField(max_length=2000, null=True, blank=True)


class Article(models.Model):
    slug = models.SlugField(max_length=160, unique=True)
    title = models.CharField(max_length=120)
    description = models.CharField(max_length=255)
    body = models.TextField()
    author = models.ForeignKey(User, on_delete=models.CASCADE, related_name="articles")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
