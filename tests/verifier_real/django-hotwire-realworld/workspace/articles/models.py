# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:articles/models.py
from django.db import models

from django.urls import reverse

from realworld.models import TimestampedModel

class Article(TimestampedModel):
    slug = models.SlugField(db_index=True, max_length=255, primary_key=True)
    title = models.CharField(db_index=True, max_length=255)

    description = models.TextField()
    body = models.TextField()

    # Every article must have an author. This will answer questions like "Who
    # gets credit for writing this article?" and "Who can edit this article?".
    # Unlike the `User` <-> `Profile` relationship, this is a simple foreign
    # key (or one-to-many) relationship. In this case, one `Profile` can have
    # many `Article`s.
    author = models.ForeignKey(
        "profiles.Profile", on_delete=models.CASCADE, related_name="articles"
    )

    tags = models.ManyToManyField("articles.Tag", related_name="articles")

    def get_absolute_url(self):
        return reverse('article_view', args=[str(self.slug)])

    def __str__(self):
        return self.title

class Comment(TimestampedModel):
    body = models.TextField()

    article = models.ForeignKey(
        "articles.Article", related_name="comments", on_delete=models.CASCADE
    )

    author = models.ForeignKey(
        "profiles.Profile", related_name="comments", on_delete=models.CASCADE
    )

    def get_absolute_url(self):
        return reverse('view_comment', args=[str(self.pk)])

class Tag(TimestampedModel):
    tag = models.CharField(max_length=255)
    slug = models.SlugField(db_index=True, unique=True)

    def __str__(self):
        return self.tag
