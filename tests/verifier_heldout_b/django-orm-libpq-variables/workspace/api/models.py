from django.db import models


class User(models.Model):
    email = models.EmailField(max_length=254, unique=True)
    username = models.CharField(max_length=32, unique=True)
    password = models.CharField(max_length=255)
    bio = models.TextField(null=True, blank=True)
    image = models.URLField(max_length=2000, null=True, blank=True)
    following = models.ManyToManyField("self", symmetrical=False, related_name="followers", blank=True)


class Tag(models.Model):
    name = models.CharField(max_length=32, unique=True)


class Article(models.Model):
    slug = models.SlugField(max_length=160, unique=True)
    title = models.CharField(max_length=120)
    description = models.CharField(max_length=255)
    body = models.TextField()
    author = models.ForeignKey(User, on_delete=models.CASCADE, related_name="articles")
    tags = models.ManyToManyField(Tag, blank=True)
    favorited_by = models.ManyToManyField(User, related_name="favorites", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class Comment(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(User, on_delete=models.CASCADE)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
