# excerpt of https://github.com/coder-contrib/realworld-django-rest-framework-angular@00a0d315d49e:backend/articles/models.py
from django.db import models

from django.db.models import Count

from django.db.models.signals import pre_save

from django.dispatch import receiver

from django.utils.text import slugify

class TagManager(models.Manager):
    def popular_tags(self):
        return list(
            self.get_queryset()
            .values("name")
            .annotate(count=Count("articles"))
            .order_by("-count")[:10]
            .values_list("name", flat=True)
        )

class Tag(models.Model):
    objects = TagManager()

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, blank=True)

    def __str__(self):
        return self.name

class Article(models.Model):
    title = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, blank=True)
    description = models.CharField(max_length=255)
    body = models.TextField()
    tag_list = models.ManyToManyField(Tag, related_name="articles", blank=True)
    author = models.ForeignKey(
        "users.User", on_delete=models.CASCADE, related_name="articles"
    )
    favored_by = models.ManyToManyField(
        "users.User", related_name="favorite_articles"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.title

class Comment(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        "users.User", on_delete=models.CASCADE, related_name="comments"
    )
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.body
